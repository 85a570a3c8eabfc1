/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.organisation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.memberportal.kernel.NotFound;
import org.memberportal.kernel.Unavailable;
import org.memberportal.kernel.Validation;
import org.memberportal.kernel.ValidationFailed;
import org.memberportal.kernel.Violation;

/**
 * Reads a directory seed file (CSV, RFC 4180 quoting, UTF-8 text) into commands for
 * {@link Organisations#importSeed}. The first line names the columns, in any order: {@code name},
 * {@code membershipType} (e.g. {@code MEMBER_STATE}, {@code "Sector Member"}), {@code country} (ISO code) are
 * required; {@code id}, {@code sectors} (separated by {@code ;}), {@code address} and {@code website} are
 * optional.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class DirectorySeed {

  private static final List<String> REQUIRED = List.of("name", "membershipType", "country");

  private DirectorySeed() {}

  /**
   * Parses a seed file. Every problem is reported at once, with the path {@code line[n].column}.
   *
   * @param csv the file's text
   * @param locale the language of the messages
   * @return one command per data line
   * @throws ValidationFailed when a column is missing or a line is malformed
   * @throws Unavailable when the reader fails
   */
  public static List<RegisterOrganisation> parseCsv(Reader csv, Locale locale) {
    List<List<String>> records = records(csv);
    if (records.isEmpty()) {
      throw ValidationFailed.of(Validation.violation("header", "affiliation.seed.column-missing", locale,
          Map.of("column", "name")));
    }
    List<String> header = records.get(0).stream().map(String::strip).toList();
    List<Violation> violations = new ArrayList<>();
    for (String column : REQUIRED) {
      if (!header.contains(column)) {
        violations.add(Validation.violation("header", "affiliation.seed.column-missing", locale, Map.of("column", column)));
      }
    }
    if (!violations.isEmpty()) {
      throw new ValidationFailed(violations);
    }
    List<RegisterOrganisation> rows = new ArrayList<>();
    for (int i = 1; i < records.size(); i++) {
      List<String> fields = records.get(i);
      if (fields.size() == 1 && fields.get(0).isBlank()) {
        continue;
      }
      String path = "line[" + (i + 1) + "]";
      if (fields.size() != header.size()) {
        violations.add(Validation.violation(path, "affiliation.seed.wrong-column-count", locale));
        continue;
      }
      Map<String, String> row = new HashMap<>();
      for (int c = 0; c < header.size(); c++) {
        row.put(header.get(c), fields.get(c).strip());
      }
      RegisterOrganisation.Builder b = RegisterOrganisation.builder();
      b.name(row.get("name")).country(row.get("country").toUpperCase(Locale.ROOT));
      Optional<MembershipType> type = membershipType(row.get("membershipType"));
      if (type.isEmpty()) {
        violations.add(Validation.violation(path + ".membershipType", "affiliation.seed.membership-type-unknown", locale));
      }
      b.membershipType(type.orElse(null));
      Optional<String> id = nonBlank(row.get("id"));
      if (id.isPresent()) {
        try {
          b.id(OrganisationId.of(id.get()));
        } catch (NotFound e) {
          violations.add(Validation.violation(path + ".id", "affiliation.seed.id-malformed", locale));
        }
      }
      nonBlank(row.get("sectors")).ifPresent(s -> Arrays.stream(s.split(";")).map(String::strip)
          .filter(x -> !x.isEmpty()).forEach(b::addSectors));
      b.address(nonBlank(row.get("address")));
      b.website(nonBlank(row.get("website")));
      RegisterOrganisation command = b.build();
      try {
        Validation.check(command, locale);
      } catch (ValidationFailed e) {
        e.violations().forEach(v -> violations.add(new Violation(v.code(), path + "." + v.path(), v.message())));
      }
      rows.add(command);
    }
    if (!violations.isEmpty()) {
      throw new ValidationFailed(violations);
    }
    return rows;
  }

  private static Optional<String> nonBlank(String text) {
    return text == null || text.isBlank() ? Optional.empty() : Optional.of(text);
  }

  private static Optional<MembershipType> membershipType(String text) {
    String key = NameKey.of(text).replace(' ', '_').replace('-', '_').toUpperCase(Locale.ROOT);
    return Arrays.stream(MembershipType.values()).filter(t -> t.name().equals(key)).findFirst();
  }

  /** Splits RFC 4180 text into records of fields: quotes escape commas, line breaks and doubled quotes. */
  private static List<List<String>> records(Reader csv) {
    String text;
    try (BufferedReader in = new BufferedReader(csv)) {
      StringBuilder all = new StringBuilder();
      char[] buffer = new char[8192];
      for (int n; (n = in.read(buffer)) > 0; ) {
        all.append(buffer, 0, n);
      }
      text = all.toString();
    } catch (IOException e) {
      // the host's file could not be read: nothing was imported, the host may retry
      throw new Unavailable(new UncheckedIOException(e));
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<List<String>> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          field.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (ch == '\n' || ch == '\r') {
        if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        fields.add(field.toString());
        field.setLength(0);
        records.add(fields);
        fields = new ArrayList<>();
      } else {
        field.append(ch);
      }
    }
    if (field.length() > 0 || !fields.isEmpty()) {
      fields.add(field.toString());
      records.add(fields);
    }
    return records;
  }
}
