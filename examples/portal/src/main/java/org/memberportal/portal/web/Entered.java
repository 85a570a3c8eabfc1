/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.memberportal.kernel.PortalException;
import org.springframework.context.MessageSource;

/**
 * A form of a page with sections, as it was sent: its fields are named {@code section-attribute} (a form of one
 * section: {@code attribute}), so that the
 * library's violations (paths {@code value.attribute} or {@code entry.attribute}) land next to their fields. What
 * the library's strict builders cannot even be given (a required field left blank, a date that is not one) is noted
 * next to its field before the command is built, in the reader's language.
 */
final class Entered {

  private final Map<String, String> values;
  private final String section;
  private final MessageSource messages;
  private final Locale locale;
  private final Map<String, List<String>> problems = new LinkedHashMap<>();

  Entered(Map<String, String> values, String section, MessageSource messages, Locale locale) {
    this.values = values;
    this.section = section;
    this.messages = messages;
    this.locale = locale;
  }

  /** A field's text, stripped; empty when blank. */
  String text(String attribute) {
    String value = values.get(name(attribute));
    return value == null ? "" : value.strip();
  }

  /** A field's text that must not be blank (noted when it is). */
  String required(String attribute) {
    String value = text(attribute);
    if (value.isEmpty()) {
      note(attribute, "web.required");
    }
    return value;
  }

  /** A date ({@code yyyy-mm-dd}), if given; noted when it is not a date, or missing but required. */
  Optional<LocalDate> date(String attribute, boolean required) {
    return parsed(attribute, required, LocalDate::parse, "web.date.invalid");
  }

  /** A moment typed as a local date and time in a zone ({@code yyyy-mm-ddThh:mm}); noted as {@link #date}. */
  @Nullable ZonedDateTime moment(String attribute, ZoneId zone) {
    return parsed(attribute, true, value -> LocalDateTime.parse(value).atZone(zone), "web.date.invalid")
        .orElse(null);
  }

  /** A whole number, if given; noted when it is not one, or missing but required. */
  Optional<Integer> number(String attribute, boolean required) {
    return parsed(attribute, required, Integer::valueOf, "web.profile.number.invalid");
  }

  /** A field's text read by a parser, if given; noted (by {@code invalid}) when the parser refuses it. */
  private <T> Optional<T> parsed(String attribute, boolean required, Function<String, T> parser, String invalid) {
    String value = required ? required(attribute) : text(attribute);
    try {
      return value.isEmpty() ? Optional.empty() : Optional.of(parser.apply(value));
    } catch (DateTimeParseException | NumberFormatException e) {
      note(attribute, invalid);
      return Optional.empty();
    }
  }

  /** One of an enumeration's values, chosen by its name; noted when none (or no such value) is chosen. */
  <E extends Enum<E>> Optional<E> choice(String attribute, Class<E> type) {
    String chosen = required(attribute);
    Optional<E> value = Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(chosen)).findFirst();
    if (value.isEmpty() && !chosen.isEmpty()) {
      note(attribute, "web.required");
    }
    return value;
  }

  /** Whether a box was ticked. */
  boolean ticked(String attribute) {
    return values.containsKey(name(attribute));
  }

  /** Whether the form can be given to the library. */
  boolean complete() {
    return problems.isEmpty();
  }

  /** What was noted, next to the fields. */
  Feedback feedback() {
    return new Feedback(problems, "", Set.of());
  }

  /** A refusal of the library, its violations next to this section's fields. */
  Feedback refused(PortalException refusal) {
    Feedback library = Feedback.of(refusal, "", locale);
    Map<String, List<String>> fields = new LinkedHashMap<>();
    library.fields().forEach((path, messages) -> fields.put(name(path.replaceFirst("^(value|entry|criteria)\\.", "")
        .replaceFirst("\\[.*$", "")), messages));
    return new Feedback(fields, library.sentence(), library.codes());
  }

  /** A field's name: {@code section-attribute}, or the attribute alone in a form of one section. */
  private String name(String attribute) {
    return section.isEmpty() ? attribute : section + "-" + attribute;
  }

  private void note(String attribute, String key) {
    problems.computeIfAbsent(name(attribute), k -> new ArrayList<>())
        .add(messages.getMessage(key, null, key, locale));
  }
}
