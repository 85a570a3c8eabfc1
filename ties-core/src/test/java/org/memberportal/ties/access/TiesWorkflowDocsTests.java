/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.memberportal.affiliation.AffiliationRole;

/** The docs show the table as it is (X7), and the table says who may take each step. */
class TiesWorkflowDocsTests {

  private static final Path DOC = Path.of("..", "docs", "ties-core.md");

  @Test
  void docsShowTheDiagramOfTheTransitionTable() throws IOException {
    assertThat(Files.readString(DOC)).contains("```mermaid\n" + TiesWorkflow.TABLE.toMermaid() + "```");
  }

  @Test
  void focalPointsDecideTheOperatorWhereNoneMayAndOnlyTheSystemLapses() {
    // the operator's row holds only where no focal point may decide (TiesAccessRulesTests)
    assertThat(TiesWorkflow.TABLE.transitions()).filteredOn(t -> t.action() == TiesAction.APPROVE
        || t.action() == TiesAction.REJECT).allSatisfy(t -> assertThat(t.roles())
            .isEqualTo(EnumSet.of(AffiliationRole.TIES_FOCAL_POINT, AffiliationRole.ITU_FOCAL_POINT,
            AffiliationRole.OPERATOR)));
    assertThat(TiesWorkflow.TABLE.transitions()).filteredOn(t -> t.action() == TiesAction.LAPSE)
        .isNotEmpty().allSatisfy(t -> assertThat(t.roles()).containsOnly(AffiliationRole.SYSTEM));
    assertThat(TiesWorkflow.TABLE.transitions()).filteredOn(t -> t.action() == TiesAction.CANCEL)
        .allSatisfy(t -> assertThat(t.roles()).containsOnly(AffiliationRole.OWNER));
  }

  @Test
  void everyEndStateCanBeRequestedAgainOrReactivated() {
    for (TiesState s : EnumSet.of(TiesState.REJECTED, TiesState.REMOVED, TiesState.LAPSED, TiesState.CANCELLED)) {
      assertThat(TiesWorkflow.TABLE.actionsFrom(s)).as("%s", s).contains(TiesAction.REQUEST, TiesAction.ASSIGN);
    }
  }
}
