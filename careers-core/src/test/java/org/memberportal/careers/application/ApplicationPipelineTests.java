/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.memberportal.careers.CareersRole;
import org.memberportal.careers.Recruiter;
import org.memberportal.careers.profile.ProfileSnapshot;
import org.memberportal.careers.testkit.ProfileFixtures;
import org.memberportal.careers.vacancy.VacancyId;
import org.memberportal.careers.vacancy.VacancyStatus;
import org.memberportal.kernel.Actor;
import org.memberportal.careers.Candidate;
import org.memberportal.careers.CandidateId;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.IllegalTransition;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.StaffId;
import org.memberportal.kernel.ValidationFailed;

class ApplicationPipelineTests {

  private static final Instant T0 = Instant.parse("2026-02-01T10:00:00Z");
  private static final Set<CareersRole> RECRUITER = Set.of(CareersRole.RECRUITER);
  private static final Set<CareersRole> OWNER = Set.of(CareersRole.OWNER);

  private final CandidateId candidate = CandidateId.random();
  private final Candidate owner = Candidate.of(candidate);
  private final Recruiter recruiter = Recruiter.of(StaffId.random());

  private Application submitted() {
    Application draft = Application.builder().id(ApplicationId.random()).candidate(candidate)
        .vacancy(VacancyId.random()).status(ApplicationStatus.DRAFT).email(EmailAddress.of("ana@example.org"))
        .language(Locale.ENGLISH).startedAt(T0).version(0).build();
    return draft.submitted(ProfileSnapshot.of(ProfileFixtures.complete(candidate), T0),
        EmailAddress.of("ana@example.org"), Locale.ENGLISH, owner, T0);
  }

  private Application by(Application a, ApplicationAction action) {
    return a.moved(action, RECRUITER, recruiter, T0.plus(Duration.ofDays(1)), Optional.empty(),
        action == ApplicationAction.RECORD_ASSESSMENT ? Optional.of("written test") : Optional.empty());
  }

  private Application at(ApplicationStatus target) {
    Application a = submitted();
    ApplicationAction[] path = {ApplicationAction.START_SCREENING, ApplicationAction.SHORTLIST,
        ApplicationAction.RECORD_ASSESSMENT, ApplicationAction.INVITE_TO_INTERVIEW, ApplicationAction.OFFER,
        ApplicationAction.SELECT};
    for (ApplicationAction step : path) {
      if (a.status() == target) {
        return a;
      }
      a = by(a, step);
    }
    return a;
  }

  @Test
  void pipelineRunsInTheFaqsOrderFromScreeningThroughShortlistAndAssessmentStepsToSelected() {
    Application a = by(by(submitted(), ApplicationAction.START_SCREENING), ApplicationAction.SHORTLIST);
    a = by(by(a, ApplicationAction.RECORD_ASSESSMENT), ApplicationAction.RECORD_ASSESSMENT);
    for (ApplicationAction step : new ApplicationAction[] {ApplicationAction.INVITE_TO_INTERVIEW,
        ApplicationAction.OFFER, ApplicationAction.SELECT}) {
      a = by(a, step);
    }

    assertThat(a.status()).isEqualTo(ApplicationStatus.SELECTED);
    assertThat(a.moves()).extracting(Move::to).containsExactly(ApplicationStatus.SUBMITTED,
        ApplicationStatus.SCREENING, ApplicationStatus.SHORTLISTED, ApplicationStatus.ASSESSMENT,
        ApplicationStatus.ASSESSMENT, ApplicationStatus.INTERVIEW, ApplicationStatus.OFFERED,
        ApplicationStatus.SELECTED);
  }

  @ParameterizedTest
  @EnumSource(value = ApplicationStatus.class, names = {"SUBMITTED", "SCREENING"})
  void onlyShortlistedCandidatesAreInvitedToAnAssessment(ApplicationStatus before) {
    Application notShortlisted = at(before);

    assertThatThrownBy(() -> by(notShortlisted, ApplicationAction.RECORD_ASSESSMENT))
        .isInstanceOf(IllegalTransition.class);
    assertThat(by(at(ApplicationStatus.SHORTLISTED), ApplicationAction.RECORD_ASSESSMENT).status())
        .isEqualTo(ApplicationStatus.ASSESSMENT);
  }

  @Test
  void theInterviewNeedsAtLeastOneRecordedAssessmentStep() {
    Application shortlisted = at(ApplicationStatus.SHORTLISTED);

    assertThatThrownBy(() -> by(shortlisted, ApplicationAction.INVITE_TO_INTERVIEW))
        .isInstanceOf(IllegalTransition.class);
    assertThatThrownBy(() -> by(at(ApplicationStatus.SUBMITTED), ApplicationAction.SHORTLIST))
        .isInstanceOf(IllegalTransition.class);
  }

  @ParameterizedTest
  @EnumSource(value = ApplicationStatus.class, names = {"SUBMITTED", "SCREENING", "ASSESSMENT", "SHORTLISTED",
      "INTERVIEW", "OFFERED"})
  void candidateMayWithdrawAtAnyTime(ApplicationStatus before) {
    Application withdrawn = at(before).moved(ApplicationAction.WITHDRAW, OWNER, owner, T0,
        Optional.of("accepted-other-offer"), Optional.empty());

    assertThat(withdrawn.status()).isEqualTo(ApplicationStatus.WITHDRAWN);
    assertThat(withdrawn.candidateStatus(VacancyStatus.PUBLISHED)).isEqualTo(CandidateStatus.WITHDRAWN);
  }

  @Test
  void noWithdrawalAfterAFinalDecision() {
    Application selected = at(ApplicationStatus.SELECTED);

    assertThatThrownBy(() -> selected.moved(ApplicationAction.WITHDRAW, OWNER, owner, T0, Optional.of("changed-mind"),
        Optional.empty())).isInstanceOf(IllegalTransition.class);
  }

  @ParameterizedTest
  @EnumSource(value = ApplicationStatus.class, names = {"SUBMITTED", "SCREENING", "ASSESSMENT", "SHORTLISTED",
      "INTERVIEW", "OFFERED"})
  void notSelectedFromAnyNonFinalStateWithAReasonCode(ApplicationStatus before) {
    Application a = at(before);

    assertThatThrownBy(() -> a.moved(ApplicationAction.REJECT, RECRUITER, recruiter, T0, Optional.empty(),
        Optional.empty())).isInstanceOfSatisfying(ValidationFailed.class,
            e -> assertThat(e.reason()).isEqualTo("careers.application.reason.missing"));
    assertThat(a.moved(ApplicationAction.REJECT, RECRUITER, recruiter, T0, Optional.of("experience"),
        Optional.empty()).status()).isEqualTo(ApplicationStatus.NOT_SELECTED);
  }

  @Test
  void recruiterMovesAreAudited() {
    Instant when = T0.plus(Duration.ofDays(3));
    Application a = by(submitted(), ApplicationAction.START_SCREENING)
        .moved(ApplicationAction.REJECT, RECRUITER, recruiter, when, Optional.of("language-requirement"),
            Optional.empty());

    assertThat(a.moves().get(a.moves().size() - 1)).isEqualTo(new Move(ApplicationAction.REJECT,
        ApplicationStatus.SCREENING, ApplicationStatus.NOT_SELECTED, recruiter, when,
        Optional.of("language-requirement"), Optional.empty()));
  }

  @Test
  void onlyRecruitersMoveApplicationsAndOnlyTheCandidateWithdraws() {
    Application a = submitted();

    assertThatThrownBy(() -> a.moved(ApplicationAction.START_SCREENING, OWNER, owner, T0, Optional.empty(),
        Optional.empty())).isInstanceOf(NotAllowed.class);
    assertThatThrownBy(() -> a.moved(ApplicationAction.WITHDRAW, RECRUITER, recruiter, T0, Optional.of("x"),
        Optional.empty())).isInstanceOf(NotAllowed.class);
    assertThatThrownBy(() -> a.moved(ApplicationAction.START_SCREENING, Set.of(CareersRole.ANONYMOUS),
        Actor.anonymous(), T0,
        Optional.empty(), Optional.empty())).isInstanceOf(NotAllowed.class);
  }

  @Test
  void candidateNeverSeesInternalScreeningLabelsAndTheStatusNeverMovesBackwards() {
    VacancyStatus open = VacancyStatus.PUBLISHED;
    assertThat(at(ApplicationStatus.SUBMITTED).candidateStatus(open)).isEqualTo(CandidateStatus.RECEIVED);
    assertThat(at(ApplicationStatus.SCREENING).candidateStatus(open)).isEqualTo(CandidateStatus.UNDER_REVIEW);
    assertThat(at(ApplicationStatus.SHORTLISTED).candidateStatus(open)).isEqualTo(CandidateStatus.UNDER_REVIEW);
    assertThat(at(ApplicationStatus.ASSESSMENT).candidateStatus(open)).isEqualTo(CandidateStatus.UNDER_ASSESSMENT);
    assertThat(at(ApplicationStatus.INTERVIEW).candidateStatus(open)).isEqualTo(CandidateStatus.INTERVIEW);
    assertThat(at(ApplicationStatus.OFFERED).candidateStatus(open)).isEqualTo(CandidateStatus.OFFER);
    assertThat(at(ApplicationStatus.SELECTED).candidateStatus(open)).isEqualTo(CandidateStatus.SELECTED);
  }

  @Test
  void notSelectedIsShownOnlyOnceTheCompetitionIsFinished() {
    Application rejected = by(submitted(), ApplicationAction.START_SCREENING)
        .moved(ApplicationAction.REJECT, RECRUITER, recruiter, T0, Optional.of("experience"), Optional.empty());

    assertThat(rejected.candidateStatus(VacancyStatus.CLOSED)).isEqualTo(CandidateStatus.UNDER_REVIEW);
    assertThat(rejected.candidateStatus(VacancyStatus.COMPETITION_FINISHED)).isEqualTo(CandidateStatus.NOT_SELECTED);
  }

  @ParameterizedTest
  @EnumSource(value = ApplicationStatus.class, names = {"ASSESSMENT", "INTERVIEW", "OFFERED"})
  void anUnannouncedDecisionKeepsWhatTheCandidateSawBeforeIt(ApplicationStatus before) {
    Application a = at(before);
    Application rejected = a.moved(ApplicationAction.REJECT, RECRUITER, recruiter, T0, Optional.of("experience"),
        Optional.empty());

    assertThat(rejected.candidateStatus(VacancyStatus.CLOSED)).isEqualTo(a.candidateStatus(VacancyStatus.CLOSED));
    assertThat(rejected.candidateStatus(VacancyStatus.COMPETITION_FINISHED)).isEqualTo(CandidateStatus.NOT_SELECTED);
  }

  @Test
  void anApplicationRejectedOnArrivalShowsUnderReview() {
    Application rejected = submitted().moved(ApplicationAction.REJECT, RECRUITER, recruiter, T0,
        Optional.of("experience"), Optional.empty());

    assertThat(rejected.candidateStatus(VacancyStatus.PUBLISHED)).isEqualTo(CandidateStatus.UNDER_REVIEW);
  }

  @ParameterizedTest
  @EnumSource(value = ApplicationStatus.class, names = {"SUBMITTED", "SCREENING", "SHORTLISTED", "ASSESSMENT",
      "INTERVIEW", "OFFERED"})
  void onlyTheLibraryEndsAnApplicationOfACancelledVacancy(ApplicationStatus before) {
    Application a = at(before);
    Application cancelled = a.moved(ApplicationAction.CANCEL, Set.of(CareersRole.SYSTEM),
        Actor.system("vacancy-cancelled"),
        T0, Optional.empty(), Optional.empty());

    assertThat(cancelled.status()).isEqualTo(ApplicationStatus.VACANCY_CANCELLED);
    assertThat(cancelled.status().isFinal()).isTrue();
    assertThat(cancelled.candidateStatus(VacancyStatus.CANCELLED)).isEqualTo(CandidateStatus.VACANCY_CANCELLED);
    assertThatThrownBy(() -> a.moved(ApplicationAction.CANCEL, RECRUITER, recruiter, T0, Optional.empty(),
        Optional.empty())).isInstanceOf(NotAllowed.class);
  }

  @Test
  void submissionFreezesTheProfile() {
    Application a = submitted();

    assertThat(a.profile()).map(ProfileSnapshot::candidate).contains(candidate);
    assertThat(a.profile()).map(ProfileSnapshot::takenAt).contains(T0);
    assertThat(a.submittedAt()).contains(T0);
    assertThat(a.toString()).doesNotContain("Amina", "Diallo", "ana@example.org");
  }

  @Test
  void applicationWorkflowDiagramIsInTheDocs() throws IOException {
    String docs = Files.readString(Path.of("..", "docs", "careers-core.md"));

    assertThat(docs).contains(ApplicationWorkflow.TABLE.toMermaid());
  }
}
