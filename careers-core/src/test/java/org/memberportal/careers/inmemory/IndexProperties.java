/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.memberportal.careers.alert.AlertCriteria;
import org.memberportal.careers.alert.AlertId;
import org.memberportal.careers.alert.JobAlert;
import org.memberportal.careers.opening.OpeningQuery;
import org.memberportal.careers.opening.Words;
import org.memberportal.careers.testkit.CareersArbitraries;
import org.memberportal.careers.vacancy.Languages;
import org.memberportal.careers.vacancy.Vacancy;
import org.memberportal.careers.CandidateId;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.Page;
import org.memberportal.kernel.inmemory.InMemoryTransactions;

/** The indexed searches answer exactly what a plain scan of every vacancy or alert would. */
class IndexProperties {

  private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

  @Provide
  Arbitrary<List<Vacancy>> vacancies() {
    return CareersArbitraries.vacancies(NOW).list().ofMaxSize(30);
  }

  @Provide
  Arbitrary<List<AlertCriteria>> criteria() {
    return CareersArbitraries.criteria().list().ofMaxSize(30);
  }

  @Provide
  Arbitrary<OpeningQuery> queries() {
    return CareersArbitraries.queries();
  }

  @Property(tries = 200)
  void openingsIndexAgreesWithAScan(@ForAll("vacancies") List<Vacancy> all, @ForAll("queries") OpeningQuery query) {
    InMemoryVacancies store = new InMemoryVacancies(new InMemoryTransactions());
    all.forEach(store::add);

    List<Vacancy> scanned = all.stream().filter(v -> v.open(NOW) && matches(query, v))
        .sorted(Comparator.comparing((Vacancy v) -> v.closesAt().toInstant()).thenComparing(Vacancy::referenceNumber))
        .toList();

    assertThat(store.openings(query, NOW).items()).extracting(Vacancy::id)
        .containsExactlyElementsOf(scanned.stream().map(Vacancy::id).toList());
    assertThat(store.openings(query, NOW).total()).isEqualTo(scanned.size());
    // a later short page holds the scan's slice and still counts every match
    OpeningQuery second = OpeningQuery.builder().addAllTypes(query.types()).addAllGrades(query.grades())
        .addAllDutyStations(query.dutyStations()).language(query.language()).keywords(query.keywords())
        .closingWithin(query.closingWithin()).page(1).size(3).build();
    assertThat(store.openings(second, NOW).items()).extracting(Vacancy::id)
        .containsExactlyElementsOf(scanned.stream().skip(3).limit(3).map(Vacancy::id).toList());
    assertThat(store.openings(second, NOW).total()).isEqualTo(scanned.size());
  }

  @Property(tries = 200)
  void unfilteredOpeningsAgreeWithAScanAtAnyInstant(@ForAll("vacancies") List<Vacancy> all,
      @ForAll @IntRange(min = -72, max = 300) int hours) {
    // the total without criteria is counted from the indexes (past deadline, not yet opened), not by a walk
    InMemoryVacancies store = new InMemoryVacancies(new InMemoryTransactions());
    all.forEach(store::add);
    Instant at = NOW.plus(Duration.ofHours(hours));

    List<Vacancy> scanned = all.stream().filter(v -> v.open(at))
        .sorted(Comparator.comparing((Vacancy v) -> v.closesAt().toInstant()).thenComparing(Vacancy::referenceNumber))
        .toList();

    for (int page = 0; page < 3; page++) {
      Page<Vacancy> found = store.openings(OpeningQuery.builder().page(page).size(4).build(), at);
      assertThat(found.items()).extracting(Vacancy::id)
          .containsExactlyElementsOf(scanned.stream().skip(page * 4L).limit(4).map(Vacancy::id).toList());
      assertThat(found.total()).isEqualTo(scanned.size());
    }
  }

  @Property(tries = 200)
  void alertIndexAgreesWithAScan(@ForAll("vacancies") List<Vacancy> vacancies,
      @ForAll("criteria") List<AlertCriteria> criteria) {
    InMemoryAlertSubscriptions store = new InMemoryAlertSubscriptions(new InMemoryTransactions());
    List<JobAlert> alerts = criteria.stream().map(c -> JobAlert.builder().id(AlertId.random())
        .candidate(CandidateId.random()).email(EmailAddress.of("a@example.org")).language(Locale.ENGLISH)
        .criteria(c).subscribedAt(NOW).build()).map(a -> (JobAlert) a).toList();
    alerts.forEach(store::add);

    for (Vacancy v : vacancies) {
      Set<AlertId> scanned = alerts.stream().filter(a -> a.criteria().matches(v)).map(JobAlert::id)
          .collect(Collectors.toSet());
      assertThat(store.matching(v)).extracting(JobAlert::id).containsExactlyInAnyOrderElementsOf(scanned);
    }
  }

  private static boolean matches(OpeningQuery q, Vacancy v) {
    Set<String> words = new java.util.HashSet<>(Words.of(v.referenceNumber()));
    v.texts().values().forEach(t -> {
      words.addAll(Words.of(t.title()));
      words.addAll(Words.of(t.body()));
    });
    return (q.types().isEmpty() || q.types().contains(v.type()))
        && (q.grades().isEmpty() || q.grades().stream().anyMatch(g -> g.equalsIgnoreCase(v.grade())))
        && (q.dutyStations().isEmpty() || q.dutyStations().stream().anyMatch(s -> s.equalsIgnoreCase(v.dutyStation().code())))
        && q.language().map(l -> v.texts().containsKey(Languages.of(l))).orElse(true)
        && q.keywords().map(k -> words.containsAll(Words.of(k))).orElse(true)
        && q.closingWithin().map(d -> !v.closesAt().toInstant().isAfter(NOW.plus(d))).orElse(true);
  }
}
