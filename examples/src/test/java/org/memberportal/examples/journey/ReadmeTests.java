/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.memberportal.account.AccountWorkflow;
import org.memberportal.affiliation.membership.AffiliationWorkflow;
import org.memberportal.careers.application.ApplicationWorkflow;
import org.memberportal.careers.candidate.CandidateAccountWorkflow;
import org.memberportal.careers.vacancy.VacancyWorkflow;
import org.memberportal.kernel.Workflow;
import org.memberportal.ties.access.TiesWorkflow;

/**
 * The README's "Workflows" section is generated from the modules' transition tables. This test fails when they
 * disagree; {@code -Dreadme.print=true} prints the regenerated section and {@code -Dreadme.write=true} writes
 * it into README.md (see the README for the one command).
 */
class ReadmeTests {

  static final String BEGIN = "<!-- workflows:begin (generated from the transition tables by ReadmeTests) -->";
  static final String END = "<!-- workflows:end -->";

  /** A diagram of the section: its title, where its table lives, the table. */
  record Diagram(String title, String source, Workflow<?, ?> table) {}

  /** Every workflow of the library, in the order the README shows them. */
  static final List<Diagram> DIAGRAMS = List.of(
      new Diagram("User account", "`AccountWorkflow.TABLE` in account-core", AccountWorkflow.TABLE),
      new Diagram("Affiliation request", "`AffiliationWorkflow.TABLE` in affiliation-core", AffiliationWorkflow.TABLE),
      new Diagram("TIES access", "`TiesWorkflow.TABLE` in ties-core", TiesWorkflow.TABLE),
      new Diagram("Careers account", "`CandidateAccountWorkflow.TABLE` in careers-core", CandidateAccountWorkflow.TABLE),
      new Diagram("Vacancy", "`VacancyWorkflow.TABLE` in careers-core", VacancyWorkflow.TABLE),
      new Diagram("Application", "`ApplicationWorkflow.TABLE` in careers-core", ApplicationWorkflow.TABLE));

  static String section() {
    StringBuilder out = new StringBuilder(BEGIN).append("\n");
    for (Diagram d : DIAGRAMS) {
      out.append("\n### ").append(d.title()).append("\n\n")
          .append("From ").append(d.source()).append(":\n\n")
          .append("```mermaid\n").append(d.table().toMermaid()).append("```\n");
    }
    return out.append("\n").append(END).toString();
  }

  static Path readme() {
    // Surefire runs in the module's folder; the README is at the repository's root
    Path here = Path.of("").toAbsolutePath();
    return Files.exists(here.resolve("README.md")) && Files.exists(here.resolve("examples"))
        ? here.resolve("README.md") : here.getParent().resolve("README.md");
  }

  @Test
  void readmeDiagramsAreTheTransitionTables() throws IOException {
    String text = Files.readString(readme(), StandardCharsets.UTF_8);
    String expected = section();
    if (Boolean.getBoolean("readme.print")) {
      System.out.println(expected);
    }
    int begin = text.indexOf(BEGIN);
    int end = text.indexOf(END);
    if (Boolean.getBoolean("readme.write") && begin >= 0 && end > begin) {
      text = text.substring(0, begin) + expected + text.substring(end + END.length());
      Files.writeString(readme(), text, StandardCharsets.UTF_8);
      begin = text.indexOf(BEGIN);
      end = text.indexOf(END);
    }
    assertThat(begin).as("README has the workflows markers").isNotNegative();
    assertThat(end).as("README has the workflows end marker").isGreaterThan(begin);
    assertThat(text.substring(begin, end + END.length()))
        .as("README's workflows section; regenerate it with -Dreadme.write=true (see README)")
        .isEqualTo(expected);
  }

  @Test
  void everyWorkflowOfTheLibraryIsInTheReadme() {
    assertThat(DIAGRAMS).extracting(d -> d.table().name())
        .contains("account", "affiliation", "ties", "careers-account", "vacancy", "application");
  }
}
