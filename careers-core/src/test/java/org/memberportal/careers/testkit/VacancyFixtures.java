/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.testkit;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.memberportal.careers.vacancy.DraftVacancy;
import org.memberportal.careers.vacancy.DutyStation;
import org.memberportal.careers.vacancy.StationKind;
import org.memberportal.careers.vacancy.Vacancy;
import org.memberportal.careers.vacancy.VacancyId;
import org.memberportal.careers.vacancy.VacancyStatus;
import org.memberportal.careers.vacancy.VacancyText;
import org.memberportal.careers.vacancy.VacancyType;
import org.memberportal.kernel.StaffId;

/** Ready-made duty stations, texts and vacancy drafts for tests. */
public final class VacancyFixtures {

  /** Geneva, where the vacancies' dates are stated. */
  public static final ZoneId GENEVA = ZoneId.of("Europe/Zurich");

  /** Headquarters. */
  public static final DutyStation HEADQUARTERS = DutyStation.headquarters("GVA", "Geneva");

  /** A regional office working in Spanish. */
  public static final DutyStation AMERICAS = DutyStation.office(StationKind.REGIONAL_OFFICE, "RO-AMS",
      "Regional Office for the Americas, Brasilia", Locale.forLanguageTag("es"), Locale.forLanguageTag("pt"));

  /** An area office working in Arabic. */
  public static final DutyStation CAIRO = DutyStation.office(StationKind.AREA_OFFICE, "AO-CAI",
      "Area Office, Cairo", Locale.forLanguageTag("ar"));

  /** Spanish. */
  public static final Locale SPANISH = Locale.forLanguageTag("es");

  /** An English text. */
  public static final VacancyText ENGLISH_TEXT =
      VacancyText.of("Senior Network Engineer", "Designs and runs the radiocommunication network.");

  /** A French text. */
  public static final VacancyText FRENCH_TEXT =
      VacancyText.of("Ingénieur réseau principal", "Conçoit et exploite le réseau de radiocommunication.");

  /** A Spanish text. */
  public static final VacancyText SPANISH_TEXT =
      VacancyText.of("Ingeniero de redes", "Diseña y opera la red regional.");

  private static int sequence;

  private VacancyFixtures() {}

  /**
   * A fresh, unique reference number.
   *
   * @return the reference
   */
  public static synchronized String nextReference() {
    sequence++;
    return "2026/TEST/" + sequence;
  }

  /**
   * A regular post at headquarters in English and French, open from {@code now} for 30 days.
   *
   * @param now the current instant
   * @return a draft, ready to build or to adjust
   */
  public static Draft regularHeadquartersPost(Instant now) {
    Draft b = new Draft();
    b.referenceNumber(nextReference())
        .type(VacancyType.REGULAR_POST)
        .grade("P-3")
        .dutyStation(HEADQUARTERS)
        .putTexts(Locale.ENGLISH, ENGLISH_TEXT)
        .putTexts(Locale.FRENCH, FRENCH_TEXT)
        .opensAt(ZonedDateTime.ofInstant(now, GENEVA))
        .closesAt(ZonedDateTime.ofInstant(now.plus(Duration.ofDays(30)), GENEVA));
    return b;
  }

  /**
   * A draft command without texts, to add the texts a test is about.
   *
   * @param type the vacancy type
   * @param station the duty station
   * @param now the current instant
   * @return the builder
   */
  public static Draft untitled(VacancyType type, DutyStation station, Instant now) {
    Draft b = new Draft();
    b.referenceNumber(nextReference())
        .type(type)
        .grade(type == VacancyType.INTERNSHIP ? "INT" : "P-2")
        .dutyStation(station)
        .opensAt(ZonedDateTime.ofInstant(now, GENEVA))
        .closesAt(ZonedDateTime.ofInstant(now.plus(Duration.ofDays(14)), GENEVA));
    return b;
  }

  /**
   * A stored vacancy value, for store contract tests.
   *
   * @param status its status
   * @param type its type
   * @param grade its grade
   * @param station its duty station
   * @param opensAt when it opens
   * @param closesAt its deadline
   * @return the vacancy, version 0
   */
  public static Vacancy vacancy(VacancyStatus status, VacancyType type, String grade, DutyStation station,
      Instant opensAt, Instant closesAt) {
    return Vacancy.builder()
        .id(VacancyId.random())
        .referenceNumber(nextReference())
        .type(type)
        .grade(grade)
        .dutyStation(station)
        .putTexts(Locale.ENGLISH, ENGLISH_TEXT)
        .putTexts(Locale.FRENCH, FRENCH_TEXT)
        .opensAt(ZonedDateTime.ofInstant(opensAt, GENEVA))
        .closesAt(ZonedDateTime.ofInstant(closesAt, GENEVA))
        .status(status)
        .draftedBy(StaffId.random())
        .version(0)
        .build();
  }

  /** A draft command being put together; unlike the command's strict builder, a field may be set again. */
  public static final class Draft {
    private @Nullable String referenceNumber;
    private @Nullable VacancyType type;
    private @Nullable String grade;
    private @Nullable DutyStation dutyStation;
    private final Map<Locale, VacancyText> texts = new LinkedHashMap<>();
    private @Nullable ZonedDateTime opensAt;
    private @Nullable ZonedDateTime closesAt;

    /**
     * Sets the reference number.
     *
     * @param value the reference
     * @return this draft
     */
    public Draft referenceNumber(String value) {
      referenceNumber = value;
      return this;
    }

    /**
     * Sets the type.
     *
     * @param value the type
     * @return this draft
     */
    public Draft type(VacancyType value) {
      type = value;
      return this;
    }

    /**
     * Sets the grade.
     *
     * @param value the grade
     * @return this draft
     */
    public Draft grade(String value) {
      grade = value;
      return this;
    }

    /**
     * Sets the duty station.
     *
     * @param value the station
     * @return this draft
     */
    public Draft dutyStation(DutyStation value) {
      dutyStation = value;
      return this;
    }

    /**
     * Sets the text in one language.
     *
     * @param language the language
     * @param text the text
     * @return this draft
     */
    public Draft putTexts(Locale language, VacancyText text) {
      texts.put(language, text);
      return this;
    }

    /**
     * Removes every text.
     *
     * @return this draft
     */
    public Draft noTexts() {
      texts.clear();
      return this;
    }

    /**
     * Sets the opening date-time.
     *
     * @param value when it opens
     * @return this draft
     */
    public Draft opensAt(ZonedDateTime value) {
      opensAt = value;
      return this;
    }

    /**
     * Sets the closing date-time.
     *
     * @param value the deadline
     * @return this draft
     */
    public Draft closesAt(ZonedDateTime value) {
      closesAt = value;
      return this;
    }

    /**
     * The command.
     *
     * @return the draft command
     */
    public DraftVacancy build() {
      return DraftVacancy.builder().referenceNumber(referenceNumber).type(type).grade(grade)
          .dutyStation(dutyStation).putAllTexts(texts).opensAt(opensAt).closesAt(closesAt).build();
    }
  }
}
