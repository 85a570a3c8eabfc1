/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.testkit;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.memberportal.careers.alert.AlertCriteria;
import org.memberportal.careers.opening.OpeningQuery;
import org.memberportal.careers.vacancy.DutyStation;
import org.memberportal.careers.vacancy.Vacancy;
import org.memberportal.careers.vacancy.VacancyId;
import org.memberportal.careers.vacancy.VacancyStatus;
import org.memberportal.careers.vacancy.VacancyText;
import org.memberportal.careers.vacancy.VacancyType;
import org.memberportal.kernel.StaffId;

/** jqwik generators for vacancies, searches and alert criteria over a small, colliding vocabulary. */
public final class CareersArbitraries {

  /** Grades generated. */
  public static final Set<String> GRADES = Set.of("P-2", "P-3", "P-4", "G-5");

  /** Words titles are made of. */
  public static final Set<String> WORDS = Set.of("engineer", "analyst", "radio", "network", "legal", "finance");

  private static final Set<Locale> LANGUAGES = Set.of(Locale.ENGLISH, Locale.FRENCH, VacancyFixtures.SPANISH);

  private CareersArbitraries() {}

  /**
   * Duty stations.
   *
   * @return the arbitrary
   */
  public static Arbitrary<DutyStation> stations() {
    return Arbitraries.of(VacancyFixtures.HEADQUARTERS, VacancyFixtures.AMERICAS, VacancyFixtures.CAIRO);
  }

  /**
   * Stored vacancies in any status, opened before {@code now} or up to a day after, closing within ten days.
   *
   * @param now the reference instant
   * @return the arbitrary
   */
  public static Arbitrary<Vacancy> vacancies(Instant now) {
    Arbitrary<Set<Locale>> languages = Arbitraries.of(LANGUAGES).set().ofMinSize(1).ofMaxSize(3);
    Arbitrary<String> titles = Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(3).map(l -> String.join(" ", l));
    return Combinators.combine(Arbitraries.of(VacancyStatus.class), Arbitraries.of(VacancyType.class),
        Arbitraries.of(GRADES), stations(), languages, titles,
        Arbitraries.integers().between(-48, 24), Arbitraries.integers().between(-24, 240))
        .as((status, type, grade, station, langs, title, openH, closeH) -> {
          Instant opens = now.plus(Duration.ofHours(openH));
          Instant closes = opens.plus(Duration.ofHours(Math.max(1, closeH + 48)));
          Vacancy.Builder b = Vacancy.builder().id(VacancyId.random()).referenceNumber(VacancyFixtures.nextReference())
              .type(type).grade(grade).dutyStation(station)
              .opensAt(ZonedDateTime.ofInstant(opens, VacancyFixtures.GENEVA))
              .closesAt(ZonedDateTime.ofInstant(closes, VacancyFixtures.GENEVA))
              .status(status).draftedBy(StaffId.random()).version(0);
          langs.forEach(l -> b.putTexts(l, VacancyText.of(title, "Duties of the " + title + " post.")));
          return (Vacancy) b.build();
        });
  }

  /**
   * Alert criteria, mostly narrow, sometimes empty.
   *
   * @return the arbitrary
   */
  public static Arbitrary<AlertCriteria> criteria() {
    return Combinators.combine(Arbitraries.of(VacancyType.class).set().ofMaxSize(2),
        Arbitraries.of(GRADES).set().ofMaxSize(2),
        stations().map(DutyStation::code).set().ofMaxSize(2),
        Arbitraries.of(LANGUAGES).set().ofMaxSize(2),
        Arbitraries.of(WORDS).optional(0.3))
        .as((types, grades, stations, langs, word) -> AlertCriteria.builder().addAllTypes(types).addAllGrades(grades)
            .addAllDutyStations(stations).addAllLanguages(langs).keywords(word).build());
  }

  /**
   * Job opening searches.
   *
   * @return the arbitrary
   */
  public static Arbitrary<OpeningQuery> queries() {
    return Combinators.combine(Arbitraries.of(VacancyType.class).set().ofMaxSize(2),
        Arbitraries.of(GRADES).set().ofMaxSize(2),
        stations().map(DutyStation::code).set().ofMaxSize(1),
        Arbitraries.of(LANGUAGES).optional(0.3),
        Arbitraries.of(WORDS).optional(0.3),
        Arbitraries.integers().between(1, 200).map(h -> Duration.ofHours(h)).optional(0.3))
        .as((types, grades, stations, lang, word, within) -> OpeningQuery.builder().addAllTypes(types)
            .addAllGrades(grades).addAllDutyStations(stations).language(lang).keywords(word)
            .closingWithin(within).size(OpeningQuery.MAX_SIZE).build());
  }
}
