/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.memberportal.kernel.PortalException;
import org.memberportal.kernel.ValidationFailed;

/**
 * What a page shows after the library refused a form: each violation's message next to its field (by its
 * {@code path}), and any other refusal as the sentence of its reason in the reader's language; never a code.
 *
 * @param fields the messages of each field, by the violations' paths (a page may prefix a path with its section)
 * @param sentence the refusal's sentence, or empty when every violation has its field
 * @param codes the violations' codes (the password checklist marks the rules they name)
 */
public record Feedback(Map<String, List<String>> fields, String sentence, Set<String> codes) {

  /** Copies the messages. */
  public Feedback {
    fields = Map.copyOf(fields);
    codes = Set.copyOf(codes);
  }

  /**
   * No refusal.
   *
   * @return nothing to show
   */
  public static Feedback none() {
    return new Feedback(Map.of(), "", Set.of());
  }

  /**
   * One sentence, for a refusal the portal words itself (a sign-in that did not succeed).
   *
   * @param sentence the sentence
   * @return the feedback
   */
  public static Feedback sentence(String sentence) {
    return new Feedback(Map.of(), sentence, Set.of());
  }

  /**
   * A refusal of the library as a page shows it: a validation failure's violations by field, anything else as its
   * reason's sentence.
   *
   * @param refusal what the library threw
   * @param prefix put before every path (a form with sections names them {@code section.path}), or empty
   * @param locale the reader's language
   * @return the feedback
   */
  public static Feedback of(PortalException refusal, String prefix, Locale locale) {
    if (refusal instanceof ValidationFailed failed) {
      Map<String, List<String>> fields = failed.violations().stream().collect(Collectors.groupingBy(
          v -> prefix + v.path(), LinkedHashMap::new, Collectors.mapping(v -> v.message(), Collectors.toList())));
      return new Feedback(fields, "", failed.violations().stream().map(v -> v.code()).collect(Collectors.toSet()));
    }
    return new Feedback(Map.of(), refusal.message(locale), Set.of());
  }

  /**
   * Whether anything is to be shown.
   *
   * @return true when a field has a message or there is a sentence
   */
  public boolean any() {
    return !fields.isEmpty() || !sentence.isEmpty();
  }

  /**
   * Whether a field has messages.
   *
   * @param path the field's path
   * @return true when it has
   */
  public boolean has(String path) {
    return fields.containsKey(path);
  }

  /**
   * A field's messages, joined.
   *
   * @param path the field's path
   * @return the messages, or empty
   */
  public String on(String path) {
    return String.join(" ", fields.getOrDefault(path, List.of()));
  }
}
