/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.memberportal.affiliation.AffiliationRole;

class AffiliationWorkflowDocsTests {

  private static final Path DOC = Path.of("..", "docs", "affiliation-core.md");

  @Test
  void docsShowTheDiagramOfTheTransitionTable() throws IOException {
    assertThat(Files.readString(DOC)).contains("```mermaid\n" + AffiliationWorkflow.TABLE.toMermaid() + "```");
  }

  @Test
  void focalPointsDecideTheOperatorWhereNoneMayAndNobodyDecidesForTheSystem() {
    // the operator's row holds only where no focal point may decide (SomeoneDecidesEveryRequestTests)
    assertThat(AffiliationWorkflow.TABLE.transitions()).filteredOn(t -> t.action() == AffiliationAction.APPROVE
        || t.action() == AffiliationAction.REJECT).allSatisfy(t -> assertThat(t.roles())
            .isEqualTo(EnumSet.of(AffiliationRole.TIES_FOCAL_POINT, AffiliationRole.ITU_FOCAL_POINT,
            AffiliationRole.OPERATOR)));
    assertThat(AffiliationWorkflow.TABLE.transitions()).filteredOn(t -> t.action() == AffiliationAction.SUBMIT
        || t.action() == AffiliationAction.REPLACE || t.action() == AffiliationAction.MERGE)
        .allSatisfy(t -> assertThat(t.roles()).containsOnly(AffiliationRole.SYSTEM));
  }
}
