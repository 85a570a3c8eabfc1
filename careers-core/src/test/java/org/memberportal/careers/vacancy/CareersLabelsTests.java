/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.vacancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.memberportal.account.reference.Choice;
import org.memberportal.careers.application.CandidateStatus;
import org.memberportal.kernel.Languages;

/**
 * The careers reference data (vacancy types, kinds of station, the statuses a candidate sees, the organisation's
 * duty stations) is labelled in every official language.
 */
class CareersLabelsTests {

  private static final List<String> STATIONS =
      List.of("GVA", "ADD", "BSB", "CAI", "BKK", "MOW", "DKR", "YAO", "HRE", "SCL", "TGU", "BGI", "JKT", "DEL");

  private static void labelledInEveryLanguage(List<Choice> choices, Enum<?>[] constants) {
    assertThat(choices).extracting(Choice::code)
        .containsExactlyElementsOf(Arrays.stream(constants).map(Enum::name).toList());
    assertThat(choices).allSatisfy(c -> assertThat(c.labels().keySet()).containsAll(Languages.OFFICIAL.all()));
  }

  @Test
  void everyEnumerationShownToPeopleIsLabelledInEveryOfficialLanguage() {
    labelledInEveryLanguage(VacancyType.choices(), VacancyType.values());
    labelledInEveryLanguage(StationKind.choices(), StationKind.values());
    labelledInEveryLanguage(CandidateStatus.choices(), CandidateStatus.values());
    assertThat(CandidateStatus.choices().get(CandidateStatus.UNDER_REVIEW.ordinal()).label(Locale.forLanguageTag("ru")))
        .isEqualTo("На рассмотрении");
  }

  @Test
  void theOrganisationsDutyStationsAreNamedInEveryOfficialLanguage() {
    for (String code : STATIONS) {
      DutyStation station = DutyStation.headquarters(code, "own name");
      for (Locale language : Languages.OFFICIAL.all()) {
        assertThat(station.name(language)).as(code + " " + language).isNotEqualTo("own name").isNotBlank();
      }
    }
    DutyStation geneva = DutyStation.headquarters("gva", "Geneva");
    assertThat(geneva.name(Locale.FRENCH)).isEqualTo("Genève");
    assertThat(geneva.name(Locale.forLanguageTag("ar-EG"))).isEqualTo("جنيف");
    assertThat(geneva.name(Locale.CHINESE)).isEqualTo("日内瓦");
  }

  @Test
  void anyOtherStationKeepsItsOwnName() {
    DutyStation office = DutyStation.office(StationKind.AREA_OFFICE, "X-1", "Port Louis", Locale.FRENCH);

    assertThat(office.name(Locale.forLanguageTag("ru"))).isEqualTo("Port Louis");
  }
}
