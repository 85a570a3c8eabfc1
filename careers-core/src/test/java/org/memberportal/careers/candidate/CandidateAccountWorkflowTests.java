/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.memberportal.careers.CareersRole;
import org.memberportal.kernel.IllegalTransition;

class CandidateAccountWorkflowTests {

  @Test
  void docsShowTheWorkflowAsTheTablePrintsIt() throws Exception {
    String docs = Files.readString(Path.of("..", "docs", "careers-core.md"));
    assertThat(docs).contains(CandidateAccountWorkflow.TABLE.toMermaid());
  }

  @Test
  void unverifiedAccountCannotSignInOrChangeItsPassword() {
    assertThat(CandidateAccountWorkflow.TABLE.allows(CandidateAccountStatus.AWAITING_VERIFICATION,
        CandidateAccountAction.SIGN_IN)).isFalse();
    assertThatThrownBy(() -> CandidateAccountWorkflow.TABLE.next(CandidateAccountStatus.AWAITING_VERIFICATION,
        CandidateAccountAction.CHANGE_PASSWORD, Set.of(CareersRole.OWNER))).isInstanceOf(IllegalTransition.class);
  }
}
