/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.memberportal.careers.CareersRole;
import org.memberportal.careers.Recruiter;
import org.memberportal.careers.profile.ProfileSnapshot;
import org.memberportal.careers.testkit.ProfileFixtures;
import org.memberportal.careers.testkit.VacancyFixtures;
import org.memberportal.careers.vacancy.Vacancy;
import org.memberportal.careers.vacancy.VacancyStatus;
import org.memberportal.careers.vacancy.VacancyType;
import org.memberportal.kernel.Actor;
import org.memberportal.careers.Candidate;
import org.memberportal.careers.CandidateId;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.Notification;
import org.memberportal.kernel.StaffId;

/** The application's named rules, on values alone: no world, no store. */
class ApplicationRulesTests {

  private static final Instant T0 = Instant.parse("2026-02-01T10:00:00Z");

  private final CandidateId candidate = CandidateId.random();
  private final Candidate owner = Candidate.of(candidate);
  private final Recruiter recruiter = Recruiter.of(StaffId.random());
  private final Vacancy vacancy = VacancyFixtures.vacancy(VacancyStatus.PUBLISHED, VacancyType.CONSULTANT, "P-3",
      VacancyFixtures.HEADQUARTERS, T0.minus(Duration.ofDays(1)), T0.plus(Duration.ofDays(30)));

  private Application draft() {
    return Application.builder().id(ApplicationId.random()).candidate(candidate).vacancy(vacancy.id())
        .status(ApplicationStatus.DRAFT).email(EmailAddress.of("ana@example.org")).language(Locale.FRENCH)
        .startedAt(T0).version(0).build();
  }

  private Application submitted() {
    return draft().submitted(ProfileSnapshot.of(ProfileFixtures.complete(candidate), T0),
        EmailAddress.of("ana@example.org"), Locale.FRENCH, owner, T0);
  }

  private Application moved(Application a, ApplicationAction action, Optional<String> reason) {
    return a.moved(action, Set.of(CareersRole.RECRUITER), recruiter, T0, reason, Optional.empty());
  }

  private Application withdrawn() {
    return submitted().moved(ApplicationAction.WITHDRAW, Set.of(CareersRole.OWNER), owner, T0,
        Optional.of("other-offer"),
        Optional.empty());
  }

  private Application selected() {
    Application a = submitted();
    for (ApplicationAction step : new ApplicationAction[] {ApplicationAction.START_SCREENING,
        ApplicationAction.SHORTLIST, ApplicationAction.RECORD_ASSESSMENT, ApplicationAction.INVITE_TO_INTERVIEW,
        ApplicationAction.OFFER, ApplicationAction.SELECT}) {
      a = a.moved(step, Set.of(CareersRole.RECRUITER), recruiter, T0, Optional.empty(),
          step == ApplicationAction.RECORD_ASSESSMENT ? Optional.of("written test") : Optional.empty());
    }
    return a;
  }

  @Test
  void onlyADraftIsADraftAndAnApplicationBelongsToTheCandidateWhoMadeIt() {
    assertThat(draft().isDraft()).isTrue();
    assertThat(submitted().isDraft()).isFalse();
    assertThat(draft().belongsTo(candidate)).isTrue();
    assertThat(draft().belongsTo(CandidateId.random())).isFalse();
  }

  @Test
  void everyApplicantButThoseWhoWithdrewOrWereSelectedSeesTheCancellation() {
    assertThat(submitted().seesVacancyCancelled()).isTrue();
    assertThat(moved(submitted(), ApplicationAction.REJECT, Optional.of("profile")).seesVacancyCancelled()).isTrue();
    assertThat(withdrawn().seesVacancyCancelled()).isFalse();
    assertThat(draft().seesVacancyCancelled()).isFalse();
    assertThat(selected().seesVacancyCancelled()).isFalse();
  }

  @Test
  void theCompetitionsOutcomeIsSelectedOrNotSelectedAndNothingForAWithdrawal() {
    for (ApplicationStatus status : ApplicationStatus.values()) {
      assertThat(status.outcome().isPresent()).as(status.name())
          .isEqualTo(status == ApplicationStatus.SELECTED || status == ApplicationStatus.NOT_SELECTED);
    }
    assertThat(selected().status().outcome()).contains("selected");
    assertThat(moved(submitted(), ApplicationAction.REJECT, Optional.of("profile")).status().outcome())
        .contains("not-selected");
    assertThat(withdrawn().status().outcome()).isEmpty();
    assertThat(draft().status().outcome()).isEmpty();
    assertThat(submitted().status().outcome()).isEmpty();
  }

  @Test
  void theLastMoveIsTheLatestEntryOfTheTrail() {
    Application rejected = moved(submitted(), ApplicationAction.REJECT, Optional.of("profile"));

    assertThat(rejected.lastMove().orElseThrow().action()).isEqualTo(ApplicationAction.REJECT);
    assertThat(rejected.lastMove().orElseThrow().from()).isEqualTo(ApplicationStatus.SUBMITTED);
    assertThat(rejected.lastMove().orElseThrow().reason()).contains("profile");
  }

  @Test
  void aNoticeIsInTheApplicationsLanguageKeyedOnceAMoveOrOnceForTheOutcome() {
    Application a = submitted();

    Notification received = Notices.of(a, ApplicationDesk.RECEIVED, vacancy, Map.of()).orElseThrow();
    Notification outcome = Notices.of(a, ApplicationDesk.OUTCOME, vacancy, Map.of("outcome", "selected")).orElseThrow();

    assertThat(received.idempotencyKey()).isEqualTo(ApplicationDesk.RECEIVED + ":" + a.id() + ":" + a.version());
    assertThat(outcome.idempotencyKey()).isEqualTo(ApplicationDesk.OUTCOME + ":" + a.id());
    assertThat(Notices.of(a, ApplicationDesk.VACANCY_CANCELLED, vacancy, Map.of()).orElseThrow().idempotencyKey())
        .isEqualTo(ApplicationDesk.VACANCY_CANCELLED + ":" + a.id());
    assertThat(received.locale()).isEqualTo(Locale.FRENCH);
    assertThat(received.parameters()).containsEntry("title", VacancyFixtures.FRENCH_TEXT.title())
        .containsEntry("reference", vacancy.referenceNumber()).containsEntry("application", a.id().toString())
        .containsEntry("vacancy", vacancy.id().toString());
    assertThat(outcome.parameters()).containsEntry("outcome", "selected");
  }

  @Test
  void anErasedApplicationIsToldNothing() {
    assertThat(Notices.of(submitted().anonymised(), ApplicationDesk.OUTCOME, vacancy, Map.of())).isEmpty();
  }
}
