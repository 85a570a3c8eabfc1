/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.opening;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.memberportal.careers.vacancy.Vacancy;
import org.memberportal.careers.vacancy.VacancyText;

/**
 * Splits text into search words: lower case, accents removed, split on anything but letters and digits, so
 * that "Ingénieur" matches "ingenieur". Keyword search and job alerts both use it.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class Words {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

  private Words() {}

  /**
   * The distinct words of a text, normalised.
   *
   * @param text any text
   * @return its words, in order of first appearance
   */
  public static Set<String> of(String text) {
    String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
        .toLowerCase(Locale.ROOT);
    Set<String> words = new LinkedHashSet<>();
    for (String w : SEPARATORS.split(plain)) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }

  /**
   * The words a vacancy is found by: those of its reference number, and of its title and text in every language.
   *
   * @param vacancy the vacancy
   * @return its words
   */
  public static Set<String> of(Vacancy vacancy) {
    Set<String> words = new LinkedHashSet<>(of(vacancy.referenceNumber()));
    for (VacancyText t : vacancy.texts().values()) {
      words.addAll(of(t.title()));
      words.addAll(of(t.body()));
    }
    return words;
  }
}
