/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.memberportal.careers.CareersRole;
import org.memberportal.careers.Recruiter;
import org.memberportal.careers.application.Application;
import org.memberportal.careers.application.ApplicationAction;
import org.memberportal.careers.application.ApplicationId;
import org.memberportal.careers.application.ApplicationStatus;
import org.memberportal.careers.port.Applications;
import org.memberportal.careers.profile.ProfileSnapshot;
import org.memberportal.careers.vacancy.VacancyId;
import org.memberportal.kernel.Actor;
import org.memberportal.careers.Candidate;
import org.memberportal.careers.CandidateId;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.KernelRefusals;
import org.memberportal.kernel.NotFound;
import org.memberportal.kernel.StaffId;

/** What every {@link Applications} implementation must do; extend it with a factory for an empty store. */
public abstract class ApplicationsContract {

  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

  private Applications applications;
  private int minutes;

  /**
   * A fresh, empty store.
   *
   * @return the store
   */
  protected abstract Applications createApplications();

  @BeforeEach
  void setUp() {
    applications = createApplications();
  }

  private Application draft(CandidateId candidate, VacancyId vacancy) {
    return Application.builder().id(ApplicationId.random()).candidate(candidate).vacancy(vacancy)
        .status(ApplicationStatus.DRAFT).email(EmailAddress.of("c@example.org")).language(Locale.ENGLISH)
        .startedAt(T0.plus(Duration.ofMinutes(++minutes))).version(0).build();
  }

  private static Application submittedFrom(Application draft) {
    Candidate owner = Candidate.of(draft.candidate());
    Application submitted = draft.submitted(ProfileSnapshot.of(ProfileFixtures.complete(draft.candidate()), T0),
        draft.email().orElseThrow(), draft.language(), owner, T0);
    return submitted;
  }

  @Test
  void keepsApplicationsByCandidateNewestFirstAndByVacancyOldestFirst() {
    CandidateId ana = CandidateId.random();
    VacancyId v1 = VacancyId.random();
    VacancyId v2 = VacancyId.random();
    Application first = applications.add(draft(ana, v1));
    Application second = applications.add(draft(ana, v2));
    Application other = applications.add(draft(CandidateId.random(), v1));

    assertThat(applications.ofCandidate(ana)).containsExactly(second, first);
    assertThat(applications.ofVacancy(v1)).containsExactly(first, other);
    assertThat(applications.find(first.id())).contains(first);
  }

  @Test
  void oneLiveApplicationPerCandidateAndVacancy() {
    CandidateId ana = CandidateId.random();
    VacancyId v = VacancyId.random();
    Application first = applications.add(draft(ana, v));

    assertThatThrownBy(() -> applications.add(draft(ana, v)))
        .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.reason()).isEqualTo("application.already-applied"));

    Application submitted = applications.update(submittedFrom(first));
    applications.update(submitted.moved(ApplicationAction.WITHDRAW, Set.of(CareersRole.OWNER), Candidate.of(ana), T0,
        Optional.of("changed-mind"), Optional.empty()));
    applications.add(draft(ana, v));
    assertThat(applications.ofCandidate(ana)).hasSize(2);
  }

  @Test
  void addStoresVersionOneUpdateNeedsTheVersionReadAndRemoveForgets() {
    Application drafted = draft(CandidateId.random(), VacancyId.random());
    Application a = applications.add(drafted);
    assertThat(a).isEqualTo(drafted.withVersion(1));
    Application next = applications.update(submittedFrom(a));
    assertThat(next.version()).isEqualTo(2);

    assertThatThrownBy(() -> applications.update(submittedFrom(a))).isInstanceOfSatisfying(Conflict.class,
        e -> assertThat(e.reason()).isEqualTo(KernelRefusals.STALE_VERSION));
    assertThat(applications.find(a.id())).contains(next);
    assertThatThrownBy(() -> applications.update(submittedFrom(draft(CandidateId.random(), VacancyId.random()))))
        .isInstanceOf(NotFound.class);
    applications.remove(a.id());
    applications.remove(a.id());
    assertThat(applications.find(a.id())).isEmpty();
    assertThat(applications.ofCandidate(a.candidate())).isEmpty();
  }

  @Test
  void submittedApplicationComesBackWithItsFrozenProfileAndEveryMove() {
    Application draft = applications.add(draft(CandidateId.random(), VacancyId.random())
        .drafted(Optional.of("Dear \"panel\",\nhere I am.")));
    Application submitted = applications.update(submittedFrom(draft));
    Application screened = applications.update(submitted.moved(ApplicationAction.START_SCREENING,
        Set.of(CareersRole.RECRUITER), Recruiter.of(StaffId.random()).in(Locale.FRENCH), T0.plusSeconds(60),
        Optional.empty(), Optional.of("first screening")));

    Application found = applications.find(draft.id()).orElseThrow();
    assertThat(found).isEqualTo(screened);
    assertThat(found.profile()).isEqualTo(submitted.profile());
    assertThat(found.profile().orElseThrow().profile().entries())
        .containsExactlyElementsOf(submitted.profile().orElseThrow().profile().entries());
    assertThat(found.moves()).containsExactlyElementsOf(screened.moves());
    assertThat(applications.ofVacancy(draft.vacancy())).containsExactly(screened);
  }

  @Test
  void anonymisedApplicationKeepsNeitherContactNorProfile() {
    Application draft = applications.add(draft(CandidateId.random(), VacancyId.random())
        .drafted(Optional.of("Dear panel")));
    Application sent = applications.update(submittedFrom(draft));
    Application erased = applications.update(sent.anonymised());

    Application found = applications.find(draft.id()).orElseThrow();
    assertThat(found).isEqualTo(erased);
    assertThat(found.erased()).isTrue();
    assertThat(found.email()).isEmpty();
    assertThat(found.profile()).isEmpty();
    assertThat(found.coverLetter()).isEmpty();
  }
}
