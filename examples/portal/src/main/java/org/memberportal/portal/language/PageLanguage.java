/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.language;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.memberportal.kernel.Languages;

/**
 * What the layout needs of the reader's language: {@code lang} (its tag, on {@code <html>}), {@code dir}
 * ({@code rtl} for a right-to-left script such as Arabic, else {@code ltr}) and {@code languages}, the switch's
 * choices: every language of the set, each named in itself ("العربية", "中文", "Français"...).
 *
 * @param lang the reader's language tag
 * @param dir the writing direction of the page
 * @param languages the language switch's choices, in the set's order
 */
public record PageLanguage(String lang, String dir, List<Choice> languages) {

  /**
   * One language of the switch.
   *
   * @param tag its tag ({@code ?lang=}, {@code lang} and {@code hreflang})
   * @param name its name in itself, capitalised as a menu item
   */
  public record Choice(String tag, String name) {}

  /**
   * The page language of a reader.
   *
   * @param reader the request's language
   * @return its tag, direction and the switch's choices
   */
  public static PageLanguage of(Locale reader) {
    ULocale language = ULocale.forLocale(reader);
    return new PageLanguage(reader.getLanguage(), language.isRightToLeft() ? "rtl" : "ltr",
        Languages.current().all().stream().map(PageLanguage::choice).toList());
  }

  /**
   * The model attributes of the layout.
   *
   * @return {@code lang}, {@code dir} and {@code languages}
   */
  public Map<String, Object> attributes() {
    return Map.of("lang", lang, "dir", dir, "languages", languages);
  }

  private static Choice choice(Locale language) {
    ULocale itself = ULocale.forLocale(language);
    return new Choice(language.toLanguageTag(), LocaleDisplayNames
        .getInstance(itself, DisplayContext.CAPITALIZATION_FOR_UI_LIST_OR_MENU).languageDisplayName(itself.getLanguage()));
  }
}
