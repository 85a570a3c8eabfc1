/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.vacancy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;
import org.memberportal.kernel.Validation;
import org.memberportal.kernel.Violation;

/**
 * The language rules a vacancy must meet to be published: a regular post at headquarters is published in
 * English and French; temporary, internship and consultant vacancies in English or French; a regional or area
 * office vacancy may also (or only) use the office's languages. No vacancy uses a language outside English,
 * French and its office's languages.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class LanguageRules {

  private static final Set<Locale> WORKING = Set.of(Locale.ENGLISH, Locale.FRENCH);

  private LanguageRules() {}

  /**
   * The rules the vacancy breaks, as violations of its {@code texts} in the reader's language (a language not
   * allowed is named in it, with the JDK's CLDR names).
   *
   * @param vacancy the vacancy to publish
   * @param locale the language of the messages
   * @return the violations, empty when it may be published
   */
  public static List<Violation> broken(Vacancy vacancy, Locale locale) {
    List<Violation> broken = new ArrayList<>();
    Set<Locale> languages = vacancy.texts().keySet();
    DutyStation station = vacancy.dutyStation();
    boolean office = station.kind() != StationKind.HEADQUARTERS;
    Set<Locale> allowed = new HashSet<>(WORKING);
    if (office) {
      station.languages().forEach(l -> allowed.add(Languages.of(l)));
    }
    for (Locale l : languages) {
      if (!allowed.contains(l)) {
        broken.add(Validation.violation("texts", "careers.vacancy.texts.language-not-allowed", locale,
            Map.of("language", l.getDisplayLanguage(Validation.language(locale)))));
      }
    }
    if (vacancy.type() == VacancyType.REGULAR_POST && !office) {
      if (!languages.containsAll(WORKING)) {
        broken.add(Validation.violation("texts", "careers.vacancy.texts.needs-english-and-french", locale));
      }
    } else if (vacancy.type().shortTerm() && !office) {
      if (languages.stream().noneMatch(WORKING::contains)) {
        broken.add(Validation.violation("texts", "careers.vacancy.texts.needs-english-or-french", locale));
      }
    } else if (languages.isEmpty()) {
      broken.add(Validation.violation("texts", "careers.vacancy.texts.none", locale));
    }
    return broken;
  }
}
