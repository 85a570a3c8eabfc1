/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.opening;

import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Set;
import org.apiguardian.api.API;
import org.memberportal.careers.vacancy.DutyStation;
import org.memberportal.careers.vacancy.Vacancy;
import org.memberportal.careers.vacancy.VacancyId;
import org.memberportal.careers.vacancy.VacancyText;
import org.memberportal.careers.vacancy.VacancyType;

/**
 * A published, open vacancy as the public "Job openings" screen shows it, in one language.
 *
 * @param vacancy the vacancy's id
 * @param referenceNumber its reference number
 * @param type its type
 * @param grade its grade
 * @param dutyStation its duty station
 * @param language the language of {@code title} and {@code body}
 * @param title the title
 * @param body the text
 * @param languages every language the vacancy is available in
 * @param opensAt when applications opened
 * @param closesAt the deadline
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record JobOpening(
    VacancyId vacancy,
    String referenceNumber,
    VacancyType type,
    String grade,
    DutyStation dutyStation,
    Locale language,
    String title,
    String body,
    Set<Locale> languages,
    ZonedDateTime opensAt,
    ZonedDateTime closesAt) {

  /** Copies the languages. */
  public JobOpening {
    languages = Set.copyOf(languages);
  }

  /**
   * A vacancy shown in the wanted language when it has a text in it (else English, French, or its first).
   *
   * @param v the vacancy, with at least one text
   * @param wanted the reader's language
   * @return the opening
   */
  public static JobOpening of(Vacancy v, Locale wanted) {
    Locale shown = v.languageFor(wanted).orElse(Locale.ENGLISH);
    VacancyText text = v.texts().getOrDefault(shown, VacancyText.of(v.referenceNumber(), v.referenceNumber()));
    return new JobOpening(v.id(), v.referenceNumber(), v.type(), v.grade(), v.dutyStation(), shown, text.title(),
        text.body(), v.texts().keySet(), v.opensAt(), v.closesAt());
  }
}
