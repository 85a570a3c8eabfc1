/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.reference;

import java.util.Locale;
import java.util.Map;
import org.apiguardian.api.API;
import org.memberportal.kernel.Languages;

/**
 * One entry of a reference list: a stable code and its labels by language.
 *
 * @param code the stable code stored in accounts
 * @param labels the labels, by language (English at least)
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record Choice(String code, Map<Locale, String> labels) {

  /** Copies the labels. */
  public Choice {
    labels = Map.copyOf(labels);
  }

  /**
   * An entry with English and French labels.
   *
   * @param code the code
   * @param english the English label
   * @param french the French label
   * @return the entry
   */
  public static Choice of(String code, String english, String french) {
    return new Choice(code, Map.of(Locale.ENGLISH, english, Locale.FRENCH, french));
  }

  /**
   * The label in a language: the locale's language (by its language subtag), else the fall-back of
   * {@link Languages#current()}, else English, else the code.
   *
   * @param locale the language
   * @return the label
   */
  public String label(Locale locale) {
    String exact = labels.get(Locale.forLanguageTag(locale.getLanguage()));
    if (exact != null) {
      return exact;
    }
    String fallback = labels.get(Languages.current().fallback());
    return fallback != null ? fallback : labels.getOrDefault(Locale.ENGLISH, code);
  }
}
