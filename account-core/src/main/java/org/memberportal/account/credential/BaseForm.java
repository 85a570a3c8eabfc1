/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.credential;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The base form of a password, as people write it to satisfy composition rules: {@code Password1!},
 * {@code Welcome@2024} and {@code P@ssw0rd123} are all {@code password} or {@code welcome} underneath. The fold
 * applies NFKC, folds case and undoes the common substitutions ({@code @} and {@code 4} for a, {@code 3} for e,
 * {@code 0} for o, {@code $} and {@code 5} for s, {@code 7} and {@code +} for t, and {@code 1}, {@code !},
 * {@code |} for i or l, which therefore fold together). Both sides of a comparison are folded, so a list entry
 * that itself has digits ({@code trustno1}) still matches its variants.
 */
final class BaseForm {

  /** Most leading or trailing digits and symbols stripped (a year, a counter, a symbol or two). */
  private static final int MAX_STRIPPED = 12;

  private BaseForm() {}

  /**
   * The password in NFKC with case folded (the length rules and every comparison use this form).
   *
   * @param text the text
   * @return its normalised, case-folded form
   */
  static String caseFolded(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
  }

  /**
   * Folds a text: normalised, case folded and with the common substitutions undone.
   *
   * @param text the text
   * @return its fold
   */
  static String fold(String text) {
    return substitutionsUndone(caseFolded(text));
  }

  private static String substitutionsUndone(String folded) {
    StringBuilder out = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      out.append(switch (c) {
        case '@', '4' -> 'a';
        case '3' -> 'e';
        case '0' -> 'o';
        case '$', '5' -> 's';
        case '7', '+' -> 't';
        case '1', '!', '|', 'l' -> 'i';
        default -> c;
      });
    }
    return out.toString();
  }

  /**
   * The base forms a password may hide: its fold with up to {@value #MAX_STRIPPED} leading and trailing digits
   * and symbols taken away, every cut point of each (so {@code Welcome@2024} gives {@code welcome@2024},
   * {@code welcome@202}, ..., {@code welcome}).
   *
   * @param password the password as typed
   * @return its base forms, folded, none empty
   */
  static List<String> candidates(String password) {
    String text = caseFolded(password);
    int first = 0;
    while (first < text.length() && !Character.isLetter(text.charAt(first))) {
      first++;
    }
    int last = text.length();
    while (last > first && !Character.isLetter(text.charAt(last - 1))) {
      last--;
    }
    if (first == text.length()) {
      // no letter at all: only trailing characters are taken away
      first = 0;
    }
    List<String> out = new ArrayList<>();
    for (int lead = 0; lead <= Math.min(first, MAX_STRIPPED); lead++) {
      for (int end = text.length(); end >= Math.max(last, text.length() - MAX_STRIPPED); end--) {
        if (end > lead) {
          out.add(substitutionsUndone(text.substring(lead, end)));
        }
      }
    }
    return out;
  }
}
