/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.memberportal.careers.testkit.VacancyFixtures.AMERICAS;
import static org.memberportal.careers.testkit.VacancyFixtures.HEADQUARTERS;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.memberportal.careers.opening.OpeningQuery;
import org.memberportal.careers.port.Vacancies;
import org.memberportal.careers.vacancy.Vacancy;
import org.memberportal.careers.vacancy.VacancyId;
import org.memberportal.careers.vacancy.VacancyQuery;
import org.memberportal.careers.vacancy.VacancyStatus;
import org.memberportal.careers.vacancy.VacancyType;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.KernelRefusals;
import org.memberportal.kernel.NotFound;
import org.memberportal.kernel.Page;
import org.memberportal.kernel.StaffId;

/** What every {@link Vacancies} implementation must do; extend it with a factory for a fresh, empty store. */
public abstract class VacanciesContract {

  /** An instant the tests measure from. */
  protected static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

  private Vacancies vacancies;

  /**
   * A fresh, empty store.
   *
   * @return the store
   */
  protected abstract Vacancies createVacancies();

  @BeforeEach
  void setUp() {
    vacancies = createVacancies();
  }

  private Vacancy stored(VacancyStatus status, VacancyType type, String grade, Instant closesAt) {
    Vacancy v = VacancyFixtures.vacancy(status, type, grade, HEADQUARTERS, NOW.minus(Duration.ofDays(1)), closesAt);
    return vacancies.add(v);
  }

  private static Vacancy next(Vacancy v, VacancyStatus status) {
    return Vacancy.builder().id(v.id()).referenceNumber(v.referenceNumber()).type(v.type()).grade(v.grade())
        .dutyStation(v.dutyStation()).putAllTexts(v.texts()).opensAt(v.opensAt()).closesAt(v.closesAt())
        .draftedBy(v.draftedBy()).status(status).version(v.version()).build();
  }

  @Test
  void findsWhatWasAddedAtVersionOne() {
    Vacancy drafted = VacancyFixtures.vacancy(VacancyStatus.DRAFT, VacancyType.REGULAR_POST, "P-3", HEADQUARTERS,
        NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(3)));
    Vacancy v = vacancies.add(drafted);

    assertThat(v).isEqualTo(drafted.withVersion(1));
    assertThat(vacancies.find(v.id())).contains(v);
    assertThat(vacancies.find(VacancyId.random())).isEmpty();
  }

  @Test
  void referenceNumbersAreUniqueIgnoringCase() {
    Vacancy v = stored(VacancyStatus.DRAFT, VacancyType.REGULAR_POST, "P-3", NOW.plus(Duration.ofDays(3)));
    Vacancy twin = VacancyFixtures.vacancy(VacancyStatus.DRAFT, VacancyType.TEMPORARY, "P-2", HEADQUARTERS, NOW,
        NOW.plus(Duration.ofDays(3)));
    Vacancy sameReference = Vacancy.builder().id(twin.id()).referenceNumber(v.referenceNumber().toLowerCase(Locale.ROOT))
        .type(twin.type()).grade(twin.grade()).dutyStation(twin.dutyStation()).opensAt(twin.opensAt())
        .closesAt(twin.closesAt()).draftedBy(twin.draftedBy()).status(VacancyStatus.DRAFT).version(0).build();

    assertThatThrownBy(() -> vacancies.add(sameReference))
        .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.reason()).isEqualTo("vacancy.duplicate-reference"));
  }

  @Test
  void updateNeedsTheVersionReadAndMovesItOn() {
    Vacancy v = stored(VacancyStatus.DRAFT, VacancyType.REGULAR_POST, "P-3", NOW.plus(Duration.ofDays(3)));
    Vacancy published = vacancies.update(next(v, VacancyStatus.PUBLISHED));

    assertThat(published).isEqualTo(next(v, VacancyStatus.PUBLISHED).withVersion(2));
    assertThat(vacancies.find(v.id())).contains(published);
    assertThatThrownBy(() -> vacancies.update(next(v, VacancyStatus.CANCELLED)))
        .isInstanceOfSatisfying(Conflict.class,
            e -> assertThat(e.reason()).isEqualTo(KernelRefusals.STALE_VERSION));
    assertThat(vacancies.find(v.id())).contains(published);
    assertThatThrownBy(() -> vacancies.update(next(VacancyFixtures.vacancy(VacancyStatus.DRAFT,
        VacancyType.REGULAR_POST, "P-3", HEADQUARTERS, NOW, NOW.plus(Duration.ofDays(1))), VacancyStatus.PUBLISHED)))
        .isInstanceOf(NotFound.class);
  }

  @Test
  void listsPublishedVacanciesPastTheirDeadlineSoonestFirst() {
    Vacancy later = stored(VacancyStatus.PUBLISHED, VacancyType.REGULAR_POST, "P-3", NOW.minus(Duration.ofHours(1)));
    Vacancy earlier = stored(VacancyStatus.PUBLISHED, VacancyType.REGULAR_POST, "P-3", NOW.minus(Duration.ofHours(2)));
    stored(VacancyStatus.PUBLISHED, VacancyType.REGULAR_POST, "P-3", NOW.plus(Duration.ofHours(1)));
    stored(VacancyStatus.CLOSED, VacancyType.REGULAR_POST, "P-3", NOW.minus(Duration.ofHours(3)));
    stored(VacancyStatus.DRAFT, VacancyType.REGULAR_POST, "P-3", NOW.minus(Duration.ofHours(3)));

    assertThat(vacancies.publishedClosingBy(NOW, 10)).extracting(Vacancy::id).containsExactly(earlier.id(), later.id());
    assertThat(vacancies.publishedClosingBy(NOW, 1)).extracting(Vacancy::id).containsExactly(earlier.id());
  }

  @Test
  void openingsAreOnlyPublishedVacanciesOpenNow() {
    Vacancy open = stored(VacancyStatus.PUBLISHED, VacancyType.REGULAR_POST, "P-3", NOW.plus(Duration.ofDays(1)));
    stored(VacancyStatus.PUBLISHED, VacancyType.REGULAR_POST, "P-3", NOW);
    stored(VacancyStatus.DRAFT, VacancyType.REGULAR_POST, "P-3", NOW.plus(Duration.ofDays(1)));
    Vacancy future = VacancyFixtures.vacancy(VacancyStatus.PUBLISHED, VacancyType.REGULAR_POST, "P-3", HEADQUARTERS,
        NOW.plus(Duration.ofHours(1)), NOW.plus(Duration.ofDays(1)));
    vacancies.add(future);

    assertThat(vacancies.openings(OpeningQuery.all(), NOW).items()).extracting(Vacancy::id).containsExactly(open.id());
  }

  @Test
  void openingsFollowStatusChanges() {
    Vacancy v = stored(VacancyStatus.PUBLISHED, VacancyType.REGULAR_POST, "P-3", NOW.plus(Duration.ofDays(1)));
    vacancies.update(next(v, VacancyStatus.CLOSED));

    assertThat(vacancies.openings(OpeningQuery.builder().addTypes(VacancyType.REGULAR_POST).build(), NOW).total())
        .isZero();
    assertThat(vacancies.openings(OpeningQuery.all(), NOW).total()).isZero();
  }

  @Test
  void openingsCombineCriteria() {
    Vacancy p3 = stored(VacancyStatus.PUBLISHED, VacancyType.REGULAR_POST, "P-3", NOW.plus(Duration.ofDays(1)));
    stored(VacancyStatus.PUBLISHED, VacancyType.CONSULTANT, "P-3", NOW.plus(Duration.ofDays(2)));
    stored(VacancyStatus.PUBLISHED, VacancyType.REGULAR_POST, "P-4", NOW.plus(Duration.ofDays(3)));
    Vacancy office = VacancyFixtures.vacancy(VacancyStatus.PUBLISHED, VacancyType.REGULAR_POST, "P-3", AMERICAS,
        NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(4)));
    vacancies.add(office);

    Page<Vacancy> page = vacancies.openings(OpeningQuery.builder().addTypes(VacancyType.REGULAR_POST)
        .addGrades("P-3").addDutyStations("GVA").build(), NOW);

    assertThat(page.items()).extracting(Vacancy::id).containsExactly(p3.id());
    assertThat(vacancies.openings(OpeningQuery.builder().addDutyStations("RO-AMS").build(), NOW).items())
        .extracting(Vacancy::id).containsExactly(office.id());
    assertThat(vacancies.openings(OpeningQuery.builder().keywords("radiocommunication network").build(), NOW).total())
        .isEqualTo(4);
    assertThat(vacancies.openings(OpeningQuery.builder().keywords("astronaut").build(), NOW).total()).isZero();
  }

  @Test
  void openingsArePagedInDeadlineOrder() {
    for (int i = 5; i > 0; i--) {
      stored(VacancyStatus.PUBLISHED, VacancyType.REGULAR_POST, "P-3", NOW.plus(Duration.ofDays(i)));
    }

    Page<Vacancy> second = vacancies.openings(OpeningQuery.builder().size(2).page(1).build(), NOW);

    assertThat(second.total()).isEqualTo(5);
    assertThat(second.items()).extracting(v -> v.closesAt().toInstant())
        .containsExactly(NOW.plus(Duration.ofDays(3)), NOW.plus(Duration.ofDays(4)));
  }

  private Vacancy drafted(StaffId recruiter, VacancyStatus status, Instant opensAt) {
    Vacancy v = VacancyFixtures.vacancy(status, VacancyType.REGULAR_POST, "P-3", HEADQUARTERS, opensAt,
        opensAt.plus(Duration.ofDays(30)));
    return vacancies.add(Vacancy.builder().id(v.id()).referenceNumber(v.referenceNumber()).type(v.type())
        .grade(v.grade()).dutyStation(v.dutyStation()).putAllTexts(v.texts()).opensAt(v.opensAt())
        .closesAt(v.closesAt()).draftedBy(recruiter).status(status).version(0).build());
  }

  @Test
  void aRecruitersVacanciesAreTheirsInEveryStatusNewestFirstAndPaged() {
    StaffId recruiter = StaffId.random();
    Vacancy oldest = drafted(recruiter, VacancyStatus.CLOSED, NOW.minus(Duration.ofDays(40)));
    Vacancy published = drafted(recruiter, VacancyStatus.PUBLISHED, NOW.minus(Duration.ofDays(2)));
    Vacancy cancelled = drafted(recruiter, VacancyStatus.CANCELLED, NOW.minus(Duration.ofDays(1)));
    Vacancy draft = drafted(recruiter, VacancyStatus.DRAFT, NOW.plus(Duration.ofDays(5)));
    drafted(StaffId.random(), VacancyStatus.DRAFT, NOW);

    Page<Vacancy> all = vacancies.draftedBy(recruiter, VacancyQuery.all());
    Page<Vacancy> second = vacancies.draftedBy(recruiter, VacancyQuery.builder().size(2).page(1).build());

    assertThat(all.items()).containsExactly(draft, cancelled, published, oldest);
    assertThat(all.total()).isEqualTo(4);
    assertThat(second.items()).containsExactly(published, oldest);
    assertThat(second.total()).isEqualTo(4);
    assertThat(vacancies.draftedBy(StaffId.random(), VacancyQuery.all()).items()).isEmpty();
  }

  @Test
  void aRecruitersVacanciesAreFilteredByStatusAndFollowStatusChanges() {
    StaffId recruiter = StaffId.random();
    Vacancy draft = drafted(recruiter, VacancyStatus.DRAFT, NOW);
    Vacancy closed = drafted(recruiter, VacancyStatus.CLOSED, NOW.minus(Duration.ofDays(40)));
    VacancyQuery drafts = VacancyQuery.builder().addStatuses(VacancyStatus.DRAFT).build();
    VacancyQuery draftsOrPublished = VacancyQuery.builder().addStatuses(VacancyStatus.DRAFT, VacancyStatus.PUBLISHED)
        .build();

    assertThat(vacancies.draftedBy(recruiter, drafts).items()).containsExactly(draft);
    assertThat(vacancies.draftedBy(recruiter, drafts).total()).isEqualTo(1);
    Vacancy published = vacancies.update(next(draft, VacancyStatus.PUBLISHED));

    assertThat(vacancies.draftedBy(recruiter, drafts).items()).isEmpty();
    assertThat(vacancies.draftedBy(recruiter, draftsOrPublished).items()).containsExactly(published);
    assertThat(vacancies.draftedBy(recruiter, VacancyQuery.builder().addStatuses(VacancyStatus.CLOSED).build())
        .items()).containsExactly(closed);
  }
}
