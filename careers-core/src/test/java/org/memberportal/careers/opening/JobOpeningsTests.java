/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.opening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.memberportal.careers.testkit.VacancyFixtures.AMERICAS;
import static org.memberportal.careers.testkit.VacancyFixtures.ENGLISH_TEXT;
import static org.memberportal.careers.testkit.VacancyFixtures.FRENCH_TEXT;
import static org.memberportal.careers.testkit.VacancyFixtures.HEADQUARTERS;
import static org.memberportal.careers.testkit.VacancyFixtures.SPANISH;
import static org.memberportal.careers.testkit.VacancyFixtures.SPANISH_TEXT;
import static org.memberportal.careers.testkit.VacancyFixtures.regularHeadquartersPost;
import static org.memberportal.careers.testkit.VacancyFixtures.untitled;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.memberportal.careers.testkit.CareersWorld;
import org.memberportal.careers.testkit.VacancyFixtures;
import org.memberportal.careers.vacancy.Vacancy;
import org.memberportal.careers.vacancy.VacancyStep;
import org.memberportal.careers.vacancy.VacancyType;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.NotFound;
import org.memberportal.kernel.Page;
import org.memberportal.kernel.ValidationFailed;

class JobOpeningsTests {

  private final CareersWorld world = new CareersWorld();

  @Test
  void jobOpeningsAreVisibleWithoutSigningIn() {
    Vacancy v = world.published();

    Page<JobOpening> page = world.openings.search(OpeningQuery.all(), Actor.anonymous());

    assertThat(page.items()).extracting(JobOpening::vacancy).containsExactly(v.id());
    assertThat(world.openings.opening(v.id(), Actor.anonymous()).title()).isEqualTo(ENGLISH_TEXT.title());
  }

  @Test
  void onlyPublishedAndOpenVacanciesAreListed() {
    Vacancy draft = world.draft(regularHeadquartersPost(world.now()).build());
    Vacancy cancelled = world.published();
    world.desk.cancel(VacancyStep.of(cancelled.id()), world.recruiter);
    Vacancy closed = world.published();
    world.desk.close(VacancyStep.of(closed.id()), world.recruiter);
    Vacancy notYetOpen = world.published(regularHeadquartersPost(world.now())
        .opensAt(ZonedDateTime.ofInstant(world.now().plus(Duration.ofDays(2)), VacancyFixtures.GENEVA)).build());
    Vacancy open = world.published();

    assertThat(world.openings.search(OpeningQuery.all(), Actor.anonymous()).items())
        .extracting(JobOpening::vacancy).containsExactly(open.id());
    for (Vacancy hidden : new Vacancy[] {draft, cancelled, closed, notYetOpen}) {
      assertThatThrownBy(() -> world.openings.opening(hidden.id(), Actor.anonymous())).isInstanceOf(NotFound.class);
    }

    world.advance(Duration.ofDays(3));
    assertThat(world.openings.search(OpeningQuery.all(), Actor.anonymous()).items())
        .extracting(JobOpening::vacancy).containsExactlyInAnyOrder(open.id(), notYetOpen.id());
  }

  @Test
  void openingsAreShownInTheRequestedLanguageWhenAvailable() {
    Vacancy bilingual = world.published();
    Vacancy spanish = world.published(untitled(VacancyType.REGULAR_POST, AMERICAS, world.now())
        .putTexts(SPANISH, SPANISH_TEXT).putTexts(Locale.ENGLISH, ENGLISH_TEXT).build());

    Page<JobOpening> inFrench = world.openings.search(OpeningQuery.all(), Actor.anonymous().in(Locale.CANADA_FRENCH));

    assertThat(inFrench.items()).filteredOn(o -> o.vacancy().equals(bilingual.id()))
        .singleElement().satisfies(o -> {
          assertThat(o.language()).isEqualTo(Locale.FRENCH);
          assertThat(o.title()).isEqualTo(FRENCH_TEXT.title());
        });
    assertThat(inFrench.items()).filteredOn(o -> o.vacancy().equals(spanish.id()))
        .singleElement().satisfies(o -> assertThat(o.language()).isEqualTo(Locale.ENGLISH));
    assertThat(world.openings.opening(spanish.id(), Actor.anonymous().in(SPANISH)).title())
        .isEqualTo(SPANISH_TEXT.title());
  }

  @Test
  void searchFiltersByTypeGradeDutyStationLanguageAndKeyword() {
    Vacancy regular = world.published();
    Vacancy consultant = world.published(untitled(VacancyType.CONSULTANT, HEADQUARTERS, world.now())
        .putTexts(Locale.FRENCH, FRENCH_TEXT).build());
    Vacancy regional = world.published(untitled(VacancyType.REGULAR_POST, AMERICAS, world.now())
        .putTexts(SPANISH, SPANISH_TEXT).build());

    assertThat(ids(OpeningQuery.builder().addTypes(VacancyType.CONSULTANT).build())).containsExactly(consultant.id());
    assertThat(ids(OpeningQuery.builder().addGrades("p-3").build())).containsExactly(regular.id());
    assertThat(ids(OpeningQuery.builder().addDutyStations("ro-ams").build())).containsExactly(regional.id());
    assertThat(ids(OpeningQuery.builder().language(Locale.FRENCH).build()))
        .containsExactlyInAnyOrder(regular.id(), consultant.id());
    assertThat(ids(OpeningQuery.builder().keywords("INGENIEUR réseau").build()))
        .containsExactlyInAnyOrder(regular.id(), consultant.id());
    assertThat(ids(OpeningQuery.builder().keywords("ingeniero").addTypes(VacancyType.CONSULTANT).build())).isEmpty();
    assertThat(ids(OpeningQuery.builder().addTypes(VacancyType.REGULAR_POST, VacancyType.CONSULTANT)
        .language(Locale.FRENCH).addGrades("P-3").build())).containsExactly(regular.id());
  }

  @Test
  void closingSoonListsOnlyDeadlinesWithinTheWindow() {
    Vacancy in14Days = world.published(untitled(VacancyType.TEMPORARY, HEADQUARTERS, world.now())
        .putTexts(Locale.ENGLISH, ENGLISH_TEXT).build());
    world.published();

    assertThat(ids(OpeningQuery.builder().closingWithin(Duration.ofDays(20)).build())).containsExactly(in14Days.id());
    assertThat(ids(OpeningQuery.builder().closingWithin(Duration.ofDays(20)).addTypes(VacancyType.REGULAR_POST)
        .build())).isEmpty();
  }

  @Test
  void openingsArePagedSoonestDeadlineFirst() {
    for (int i = 0; i < 5; i++) {
      world.published(regularHeadquartersPost(world.now())
          .closesAt(ZonedDateTime.ofInstant(world.now().plus(Duration.ofDays(10 - i)), VacancyFixtures.GENEVA))
          .build());
    }

    Page<JobOpening> first = world.openings.search(OpeningQuery.builder().size(2).build(), Actor.anonymous());
    Page<JobOpening> last = world.openings.search(OpeningQuery.builder().size(2).page(2).build(), Actor.anonymous());

    assertThat(first.total()).isEqualTo(5);
    assertThat(first.items()).hasSize(2);
    assertThat(first.hasNext()).isTrue();
    assertThat(first.items().get(0).closesAt()).isBefore(first.items().get(1).closesAt());
    assertThat(last.items()).hasSize(1);
    assertThat(last.hasNext()).isFalse();
  }

  @Test
  void pageSizeIsBounded() {
    assertThatThrownBy(() -> world.openings.search(OpeningQuery.builder().size(1000).build(), Actor.anonymous()))
        .isInstanceOf(ValidationFailed.class);
  }

  private java.util.List<org.memberportal.careers.vacancy.VacancyId> ids(OpeningQuery query) {
    return world.openings.search(query, Actor.anonymous()).items().stream().map(JobOpening::vacancy).toList();
  }
}
