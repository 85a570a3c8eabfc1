/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class AccountWorkflowTests {

  @Test
  void docsShowTheWorkflowDiagramPrintedFromTheTable() throws IOException {
    String docs = Files.readString(Path.of("..", "docs", "account-core.md"));

    assertThat(docs).contains("```mermaid\n" + AccountWorkflow.TABLE.toMermaid() + "```");
  }

  @Test
  void signUpsAndImportsAreTheOnlyStartingStates() {
    assertThat(AccountWorkflow.TABLE.initialStates())
        .containsExactly(AccountStatus.AWAITING_VERIFICATION, AccountStatus.PASSWORD_RESET_REQUIRED);
  }

  @Test
  void closedAndExpiredAccountsAreFinal() {
    assertThat(AccountWorkflow.TABLE.actionsFrom(AccountStatus.CLOSED)).isEmpty();
    assertThat(AccountWorkflow.TABLE.actionsFrom(AccountStatus.EXPIRED)).isEmpty();
  }

  @Test
  void onlyTheResetFlowLeavesPasswordResetRequired() {
    assertThat(AccountWorkflow.TABLE.actionsFrom(AccountStatus.PASSWORD_RESET_REQUIRED))
        .containsExactly(AccountAction.RESET_PASSWORD, AccountAction.CLOSE);
  }
}
