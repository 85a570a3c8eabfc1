/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.web;

import java.util.Locale;

/**
 * One value of an enumeration as a form's choice offers it: its name, and its words in the reader's language (the
 * shape of the reference data's codes, so that one select fragment shows both).
 *
 * @param code the value's name, which the form sends
 * @param words the value in the reader's language
 */
public record Choice(String code, String words) {

  /**
   * The value's words (already in the reader's language).
   *
   * @param locale the reader's language (the words are in it already)
   * @return the words
   */
  public String label(Locale locale) {
    return words;
  }
}
