/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.memberportal.account.AccountRefusals;
import org.memberportal.account.AccountWorkflow;
import org.memberportal.affiliation.AffiliationRefusals;
import org.memberportal.affiliation.membership.AffiliationWorkflow;
import org.memberportal.careers.CareersRefusals;
import org.memberportal.careers.application.ApplicationWorkflow;
import org.memberportal.careers.candidate.CandidateAccountWorkflow;
import org.memberportal.careers.vacancy.VacancyWorkflow;
import org.memberportal.examples.Repository;
import org.memberportal.kernel.KernelRefusals;
import org.memberportal.kernel.PortalException;
import org.memberportal.kernel.ValidationFailed;
import org.memberportal.kernel.Workflow;
import org.memberportal.ties.TiesRefusals;
import org.memberportal.ties.access.TiesWorkflow;

/**
 * The README's "Workflows" section is generated from the modules' transition tables. This test fails when they
 * disagree; {@code -Dreadme.print=true} prints the regenerated section and {@code -Dreadme.write=true} writes
 * it into README.md (see the README for the one command). Its error table ("Errors and how a front-end maps
 * them") is checked against the exceptions and the modules' catalogues of refusals.
 */
class ReadmeTests {

  static final String BEGIN = "<!-- workflows:begin (generated from the transition tables by ReadmeTests) -->";
  static final String END = "<!-- workflows:end -->";

  /** A diagram of the section: its title, where its table lives, the table. */
  record Diagram(String title, String source, Workflow<?, ?, ?> table) {}

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
    return Repository.root().resolve("README.md");
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

  // ------------------------------------------------------------------------------------------------ error table

  /** Where the error table starts: its header line. */
  static final String ERROR_TABLE = "| `code()` | exception | typical reasons | what a front-end shows |";

  /** The modules' catalogues of refusals. */
  static final List<Class<?>> CATALOGUES = List.of(KernelRefusals.class, AccountRefusals.class,
      AffiliationRefusals.class, TiesRefusals.class, CareersRefusals.class);

  private static final Pattern QUOTED = Pattern.compile("`([^`]+)`");

  /** A row of the error table: its cells, each as written. */
  record Row(String code, String exception, String reasons) {

    /** The {@code `quoted`} names of a cell. */
    static List<String> quoted(String cell) {
      List<String> names = new ArrayList<>();
      Matcher m = QUOTED.matcher(cell);
      while (m.find()) {
        names.add(m.group(1));
      }
      return names;
    }
  }

  static List<Row> errorTable() throws IOException {
    List<String> lines = Files.readAllLines(readme(), StandardCharsets.UTF_8);
    int header = lines.indexOf(ERROR_TABLE);
    assertThat(header).as("README has the error table").isNotNegative();
    List<Row> rows = new ArrayList<>();
    // the header, the |---| line, then rows up to the first line that is not one
    for (String line : lines.subList(header + 2, lines.size())) {
      if (!line.startsWith("|")) {
        break;
      }
      String[] cells = line.substring(1, line.length() - 1).split("\\|");
      rows.add(new Row(cells[0].strip(), cells[1].strip(), cells[2].strip()));
    }
    return rows;
  }

  /** Every reason the catalogues hold (the workflows' suffixes left out). */
  static Set<String> catalogueReasons() throws IllegalAccessException {
    Set<String> reasons = new HashSet<>();
    for (Class<?> catalogue : CATALOGUES) {
      for (Field f : catalogue.getFields()) {
        if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class && !f.getName().endsWith("_SUFFIX")) {
          reasons.add((String) f.get(null));
        }
      }
    }
    return reasons;
  }

  /** The keys of every module's message catalogue (the violation codes among them). */
  static Set<String> messageKeys() throws IOException {
    Set<String> keys = new HashSet<>();
    for (URL bundle : Collections.list(ReadmeTests.class.getClassLoader().getResources(
        "ValidationMessages.properties"))) {
      Properties p = new Properties();
      try (InputStream in = bundle.openStream()) {
        p.load(in);
      }
      keys.addAll(p.stringPropertyNames());
    }
    return keys;
  }

  @Test
  void theErrorTableHasARowPerKindOfRefusalWithItsExceptionAndCode() throws Exception {
    List<Row> rows = errorTable();

    Class<?>[] kinds = PortalException.class.getPermittedSubclasses();
    assertThat(rows).extracting(Row::exception)
        .containsExactlyInAnyOrderElementsOf(Stream.of(kinds).map(k -> "`" + k.getSimpleName() + "`").toList());
    for (Class<?> kind : kinds) {
      Row row = rows.stream().filter(r -> r.exception().equals("`" + kind.getSimpleName() + "`")).findFirst()
          .orElseThrow();
      assertThat(row.code()).as("code of %s", kind.getSimpleName())
          .isEqualTo("`" + kind.getField("CODE").get(null) + "`");
    }
  }

  @Test
  void everyReasonTheErrorTableNamesIsInACatalogueOfRefusals() throws Exception {
    Set<String> catalogue = catalogueReasons();
    List<String> workflowReasons = Arrays.asList("<workflow>" + KernelRefusals.ILLEGAL_TRANSITION_SUFFIX,
        "<workflow>" + KernelRefusals.NOT_ALLOWED_SUFFIX);
    List<String> named = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (Row row : errorTable()) {
      if (row.exception().equals("`" + ValidationFailed.class.getSimpleName() + "`")) {
        continue;
      }
      for (String reason : Row.quoted(row.reasons())) {
        named.add(reason);
        if (!catalogue.contains(reason) && !workflowReasons.contains(reason)) {
          unknown.add(row.code() + ": " + reason);
        }
      }
    }

    assertThat(unknown).as("reasons in README's error table that no catalogue of refusals holds").isEmpty();
    assertThat(named).contains(KernelRefusals.STALE_VERSION, KernelRefusals.HOST_UNAVAILABLE,
        AffiliationRefusals.ALREADY_AFFILIATED);
  }

  @Test
  void everyViolationCodeTheErrorTableNamesIsAMessageKey() throws Exception {
    Row validation = errorTable().stream()
        .filter(r -> r.exception().equals("`" + ValidationFailed.class.getSimpleName() + "`")).findFirst()
        .orElseThrow();
    // the dotted names are violation codes; the others are the accessor and the property paths
    List<String> codes = Row.quoted(validation.reasons()).stream().filter(n -> n.contains(".")).toList();

    assertThat(codes).isNotEmpty();
    assertThat(messageKeys()).containsAll(codes);
  }
}
