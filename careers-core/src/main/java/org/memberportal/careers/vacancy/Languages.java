/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.vacancy;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * Language helpers: vacancies, searches and alerts compare languages only, never regions or scripts.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class Languages {

  private Languages() {}

  /**
   * The language part of a locale, so that {@code fr_CH} and {@code fr} compare equal.
   *
   * @param locale any locale
   * @return the language-only locale
   */
  public static Locale of(Locale locale) {
    return Locale.forLanguageTag(locale.getLanguage());
  }
}
