package org.memberportal.affiliation.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.memberportal.kernel.Role;

class AffiliationWorkflowDocsTests {

  private static final Path DOC = Path.of("..", "docs", "affiliation-core.md");

  private static List<String> lines(String diagram) {
    return Arrays.stream(diagram.split("\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  @Test
  void docsShowTheDiagramOfTheTransitionTable() throws IOException {
    String doc = Files.readString(DOC);
    int start = doc.indexOf("```mermaid\n") + "```mermaid\n".length();
    String block = doc.substring(start, doc.indexOf("```", start));

    // the kernel lists initial and final states in set order, so compare the lines, not their order
    assertThat(lines(block)).containsExactlyInAnyOrderElementsOf(lines(AffiliationWorkflow.TABLE.toMermaid()));
  }

  @Test
  void onlyFocalPointsDecideAndNobodyDecidesForTheSystem() {
    assertThat(AffiliationWorkflow.TABLE.transitions()).filteredOn(t -> t.action() == AffiliationAction.APPROVE
        || t.action() == AffiliationAction.REJECT).allSatisfy(t -> assertThat(t.roles())
            .isEqualTo(EnumSet.of(Role.TIES_FOCAL_POINT, Role.ITU_FOCAL_POINT)));
    assertThat(AffiliationWorkflow.TABLE.transitions()).filteredOn(t -> t.action() == AffiliationAction.SUBMIT
        || t.action() == AffiliationAction.REPLACE).allSatisfy(t -> assertThat(t.roles()).containsOnly(Role.SYSTEM));
  }
}
