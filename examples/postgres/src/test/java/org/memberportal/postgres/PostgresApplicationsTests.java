/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.memberportal.careers.Candidate;
import org.memberportal.careers.CandidateId;
import org.memberportal.careers.CareersRole;
import org.memberportal.careers.Recruiter;
import org.memberportal.careers.application.Application;
import org.memberportal.careers.application.ApplicationAction;
import org.memberportal.careers.application.ApplicationId;
import org.memberportal.careers.application.ApplicationStatus;
import org.memberportal.careers.profile.ProfileSnapshot;
import org.memberportal.careers.testkit.ProfileFixtures;
import org.memberportal.careers.vacancy.VacancyId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.StaffId;

/**
 * Applications on PostgreSQL beyond the contract: written on one instance, read on another with the frozen profile
 * and every move; one live application per candidate and vacancy holds across instances; the stored snapshot is
 * the codec's document, named by its format.
 */
class PostgresApplicationsTests {

  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
  private static final DataSource DATABASE = EmbeddedDatabase.freshSchema("applications");
  private static final PostgresApplications FIRST = new PostgresApplications(new PostgresTransactions(DATABASE));
  private static final DataSource SECOND_POOL = EmbeddedDatabase.dataSource(EmbeddedDatabase.schemaOf(DATABASE));
  private static final PostgresApplications SECOND =
      new PostgresApplications(new PostgresTransactions(SECOND_POOL));

  @AfterAll
  static void close() {
    ((HikariDataSource) SECOND_POOL).close();
    ((HikariDataSource) DATABASE).close();
  }

  private static Application draft(CandidateId candidate, VacancyId vacancy) {
    return Application.builder().id(ApplicationId.random()).candidate(candidate).vacancy(vacancy)
        .status(ApplicationStatus.DRAFT).email(EmailAddress.of("c@example.org")).language(Locale.FRENCH)
        .coverLetter("Madame, Monsieur,\nje postule.").startedAt(T0).version(0).build();
  }

  @Test
  void anApplicationComesBackWithItsProfileAndEveryMoveAndActor() {
    CandidateId ana = CandidateId.random();
    Application draft = FIRST.add(draft(ana, VacancyId.random()));
    Application submitted = FIRST.update(draft.submitted(ProfileSnapshot.of(ProfileFixtures.complete(ana), T0),
        draft.email().orElseThrow(), draft.language(), Candidate.of(ana).in(Locale.FRENCH), T0.plusSeconds(60)));
    Application screened = SECOND.update(submitted.moved(ApplicationAction.START_SCREENING,
        Set.of(CareersRole.RECRUITER),
        Recruiter.of(StaffId.random()), T0.plusSeconds(120), Optional.empty(), Optional.of("first screening")));

    assertThat(FIRST.find(draft.id())).contains(screened);
    assertThat(SECOND.ofCandidate(ana)).containsExactly(screened);
  }

  @Test
  void twoInstancesAddingTheSameCandidatesApplicationStoreOne() throws Exception {
    CandidateId ana = CandidateId.random();
    VacancyId vacancy = VacancyId.random();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> answers = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      PostgresApplications store = i % 2 == 0 ? FIRST : SECOND;
      answers.add(pool.submit(() -> {
        start.await();
        store.add(draft(ana, vacancy));
        return null;
      }));
    }
    start.countDown();
    int stored = 0;
    for (Future<?> f : answers) {
      try {
        f.get(30, TimeUnit.SECONDS);
        stored++;
      } catch (ExecutionException e) {
        assertThat(e.getCause()).isInstanceOfSatisfying(Conflict.class,
            c -> assertThat(c.reason()).isEqualTo("application.already-applied"));
      }
    }
    pool.shutdown();

    assertThat(stored).isEqualTo(1);
    assertThat(FIRST.ofVacancy(vacancy)).hasSize(1);
  }

  @Test
  void theFrozenProfileIsStoredAsANamedDocumentAndADamagedOneFailsLoudly() {
    CandidateId ana = CandidateId.random();
    Application draft = FIRST.add(draft(ana, VacancyId.random()));
    FIRST.update(draft.submitted(ProfileSnapshot.of(ProfileFixtures.complete(ana), T0), draft.email().orElseThrow(),
        draft.language(), Candidate.of(ana), T0));
    EmbeddedDatabase.execute(DATABASE, "update application set profile_document = left(profile_document, 40)"
        + " where id = '" + draft.id().value() + "'");

    assertThatThrownBy(() -> FIRST.find(draft.id())).isInstanceOfSatisfying(DatabaseFailure.class,
        f -> assertThat(f.sqlState()).isEqualTo("XX001"));
  }
}
