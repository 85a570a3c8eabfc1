/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.memberportal.careers.profile.PersonalInformation;
import org.memberportal.careers.profile.Profile;
import org.memberportal.careers.profile.ProfileSnapshot;
import org.memberportal.careers.profile.Section;
import org.memberportal.careers.profile.SetPersonalInformation;
import org.memberportal.careers.testkit.CareersWorld;
import org.memberportal.careers.testkit.ProfileFixtures;
import org.memberportal.careers.vacancy.Vacancy;
import org.memberportal.careers.vacancy.VacancyStep;
import org.memberportal.kernel.Actor;
import org.memberportal.careers.Candidate;
import org.memberportal.careers.CandidateId;
import org.memberportal.careers.CareersRefusals;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.IllegalTransition;
import org.memberportal.kernel.NotFound;
import org.memberportal.kernel.Notification;
import org.memberportal.kernel.PreconditionFailed;
import org.memberportal.kernel.Validation;

class ApplicationDeskTests {

  private final CareersWorld world = new CareersWorld();
  private final Candidate ana = world.candidate("ana@example.org", Locale.FRENCH);
  private final Candidate bruno = world.candidate("bruno@example.org", Locale.ENGLISH);

  private CandidateApplication apply(Candidate who, Vacancy v) {
    return world.applying.apply(Apply.to(v.id()), who).value();
  }

  private Candidate withPersonalInformationOnly(String email) {
    Candidate who = Candidate.of(world.account(email, Locale.ENGLISH));
    world.fill(who.candidate(), Profile.builder().candidate(who.candidate()).version(0).createdAt(world.now())
        .lastActivity(world.now()).personalInformation(ProfileFixtures.personal()).build());
    return who;
  }

  private ApplicationStatus internal(CandidateApplication a) {
    return world.applications.find(a.id()).orElseThrow().status();
  }

  private void move(CandidateApplication a, ApplicationAction action) {
    world.applying.move(ApplicationStep.builder().application(a.id())
        .step(action == ApplicationAction.RECORD_ASSESSMENT ? "written test" : "n/a").build(), action, world.recruiter);
  }

  @Test
  void signedInCandidateWithCompleteProfileAppliesToAnOpenVacancy() {
    Vacancy v = world.published();

    CandidateApplication a = apply(ana, v);
    world.deliver();

    assertThat(a.status()).isEqualTo(CandidateStatus.RECEIVED);
    assertThat(internal(a)).isEqualTo(ApplicationStatus.SUBMITTED);
    assertThat(a.vacancy()).isEqualTo(v.id());
    assertThat(world.notifier.last(EmailAddress.of("ana@example.org"), ApplicationDesk.RECEIVED))
        .hasValueSatisfying(n -> {
          assertThat(n.locale()).isEqualTo(Locale.FRENCH);
          assertThat(n.parameters()).containsEntry("title", "Ingénieur réseau principal");
        });
  }

  @Test
  void cannotApplyWithoutCompleteProfile() {
    Vacancy v = world.published();
    Candidate carla = withPersonalInformationOnly("carla@example.org");
    Candidate noProfile = Candidate.of(world.account("nadia@example.org", Locale.ENGLISH));
    Candidate noAccount = Candidate.of(CandidateId.random());

    for (Candidate who : List.of(carla, noProfile, noAccount)) {
      assertThatThrownBy(() -> apply(who, v)).isInstanceOfSatisfying(PreconditionFailed.class,
          e -> assertThat(e.reason()).isEqualTo("application.profile-incomplete"));
    }
    assertThat(world.applications.ofVacancy(v.id())).isEmpty();
  }

  @Test
  void theRefusalOfAnIncompleteProfileNamesTheMissingSectionsInTheCallersLanguage() {
    Vacancy v = world.published();
    Candidate carla = withPersonalInformationOnly("carla@example.org");

    assertThatThrownBy(() -> apply(carla, v)).isInstanceOfSatisfying(PreconditionFailed.class, e -> {
      assertThat(e.details()).containsOnlyKeys(Section.DETAIL);
      assertThat(e.details().get(Section.DETAIL)).containsExactly("address", "languages", "relatives", "education",
          "employment", "references", "contract-information");
      assertThat(e.message(Locale.ENGLISH)).isEqualTo("Your profile is not complete yet. Please fill in: Address, "
          + "Language skills, Relatives in the organisation or the UN common system, Education, Employment history, "
          + "References, Contract information.");
      assertThat(e.message(Locale.CANADA_FRENCH)).startsWith("Votre profil n'est pas encore complet.")
          .contains("Adresse, Connaissances linguistiques").endsWith("Informations contractuelles.");
    });
    Candidate nadia = Candidate.of(world.account("nadia@example.org", Locale.ENGLISH));
    assertThatThrownBy(() -> apply(nadia, v)).isInstanceOfSatisfying(PreconditionFailed.class,
        e -> assertThat(e.details().get(Section.DETAIL)).hasSize(8).startsWith("personal-information"));
  }

  @Test
  void cannotApplyAfterDeadline() {
    Vacancy v = world.published();
    world.advance(Duration.ofDays(30));

    assertThatThrownBy(() -> apply(ana, v)).isInstanceOfSatisfying(PreconditionFailed.class,
        e -> assertThat(e.reason()).isEqualTo("application.vacancy-not-open"));
  }

  @Test
  void cannotApplyToADraftOrAClosedVacancy() {
    Vacancy draft = world.draft(org.memberportal.careers.testkit.VacancyFixtures.regularHeadquartersPost(world.now())
        .build());
    Vacancy closed = world.published();
    world.desk.close(VacancyStep.of(closed.id()), world.recruiter);

    assertThatThrownBy(() -> apply(ana, draft)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> apply(ana, closed)).isInstanceOf(PreconditionFailed.class);
  }

  @Test
  void oneLiveApplicationPerCandidateAndVacancyButReapplyingAfterWithdrawalIsAllowed() {
    Vacancy v = world.published();
    CandidateApplication first = apply(ana, v);

    assertThatThrownBy(() -> apply(ana, v)).isInstanceOfSatisfying(Conflict.class,
        e -> assertThat(e.reason()).isEqualTo("application.already-applied"));

    world.applying.withdraw(ApplicationStep.because(first.id(), "personal-reasons"), ana);
    CandidateApplication second = apply(ana, v);
    assertThat(second.id()).isNotEqualTo(first.id());
  }

  @Test
  void candidateMayWithdrawAtAnyTime() {
    Vacancy v = world.published();
    CandidateApplication a = apply(ana, v);
    move(a, ApplicationAction.START_SCREENING);
    move(a, ApplicationAction.SHORTLIST);
    move(a, ApplicationAction.RECORD_ASSESSMENT);
    move(a, ApplicationAction.INVITE_TO_INTERVIEW);

    CandidateApplication withdrawn = world.applying.withdraw(
        ApplicationStep.because(a.id(), "accepted-other-offer"), ana).value();
    world.deliver();

    assertThat(withdrawn.status()).isEqualTo(CandidateStatus.WITHDRAWN);
    assertThat(internal(withdrawn)).isEqualTo(ApplicationStatus.WITHDRAWN);
    assertThat(world.notifier.last(EmailAddress.of("ana@example.org"), ApplicationDesk.WITHDRAWN)).isPresent();
    assertThat(world.notifier.last(EmailAddress.of("ana@example.org"), ApplicationDesk.ASSESSMENT))
        .hasValueSatisfying(n -> assertThat(n.parameters()).containsEntry("step", "written test"));
    assertThat(world.notifier.last(EmailAddress.of("ana@example.org"), ApplicationDesk.INTERVIEW)).isPresent();
  }

  @Test
  void profileChangesAfterSubmissionDoNotAlterTheApplication() {
    Vacancy v = world.published();
    CandidateApplication a = apply(ana, v);

    world.candidateProfiles.setPersonalInformation(SetPersonalInformation.builder().candidate(ana.candidate())
        .expectedVersion(world.version(ana.candidate()))
        .value(PersonalInformation.builder().firstName("Anabel").lastName("Diallo")
            .birthDate(LocalDate.of(1990, 4, 12)).addNationalities("SN").email("amina.diallo@example.org")
            .phone("+221 33 123 45 67").build()).build(),
        ana);

    assertThat(world.profiles.find(ana.candidate()).flatMap(Profile::personalInformation))
        .map(PersonalInformation::firstName).contains("Anabel");
    assertThat(world.applying.ownApplication(a.id(), ana).profile()).map(ProfileSnapshot::profile)
        .flatMap(Profile::personalInformation).map(PersonalInformation::firstName).contains("Amina");
    assertThat(world.applying.application(a.id(), world.recruiter).profile()).isEqualTo(a.profile());
  }

  @Test
  void everyApplicantIsNotifiedWhenCompetitionCloses() {
    Vacancy v = world.published();
    Candidate carla = world.candidate("carla@example.org", Locale.ENGLISH);
    CandidateApplication anas = apply(ana, v);
    CandidateApplication brunos = apply(bruno, v);
    CandidateApplication carlas = apply(carla, v);
    world.applying.withdraw(ApplicationStep.because(carlas.id(), "personal-reasons"), carla);
    move(anas, ApplicationAction.START_SCREENING);
    move(anas, ApplicationAction.SHORTLIST);
    move(anas, ApplicationAction.RECORD_ASSESSMENT);
    move(anas, ApplicationAction.INVITE_TO_INTERVIEW);
    move(anas, ApplicationAction.OFFER);
    move(anas, ApplicationAction.SELECT);
    world.desk.close(VacancyStep.of(v.id()), world.recruiter);

    world.desk.finishCompetition(VacancyStep.of(v.id()), world.recruiter);
    world.deliver();
    world.deliver();

    List<Notification> outcomes = world.notifier.sent().stream()
        .filter(n -> n.kind().equals(ApplicationDesk.OUTCOME)).toList();
    assertThat(outcomes).extracting(n -> n.recipient().key() + "=" + n.parameters().get("outcome"))
        .containsExactlyInAnyOrder("ana@example.org=selected", "bruno@example.org=not-selected");
    assertThat(world.applications.find(brunos.id()).orElseThrow().status()).isEqualTo(ApplicationStatus.NOT_SELECTED);
    assertThat(world.applying.jobsApplied(bruno)).singleElement()
        .satisfies(j -> assertThat(j.status()).isEqualTo(CandidateStatus.NOT_SELECTED));
  }

  @Test
  void notSelectedIsShownOnJobsAppliedOnlyOnceTheCompetitionIsFinished() {
    Vacancy v = world.published();
    CandidateApplication a = apply(bruno, v);
    world.applying.move(ApplicationStep.because(a.id(), "experience"), ApplicationAction.REJECT, world.recruiter);

    assertThat(world.applying.jobsApplied(bruno)).singleElement()
        .satisfies(j -> assertThat(j.status()).isEqualTo(CandidateStatus.UNDER_REVIEW));
    world.desk.close(VacancyStep.of(v.id()), world.recruiter);
    world.desk.finishCompetition(VacancyStep.of(v.id()), world.recruiter);
    assertThat(world.applying.jobsApplied(bruno)).singleElement()
        .satisfies(j -> assertThat(j.status()).isEqualTo(CandidateStatus.NOT_SELECTED));
  }

  @Test
  void jobsAppliedListsTheCandidatesApplicationsWithVacancyTitleDatesAndStatus() {
    Vacancy first = world.published();
    Vacancy second = world.published();
    apply(ana, first);
    world.advance(Duration.ofHours(1));
    world.applying.startDraft(Apply.to(second.id()), ana);
    apply(bruno, first);

    List<AppliedJob> jobs = world.applying.jobsApplied(ana);

    assertThat(jobs).extracting(AppliedJob::vacancy).containsExactly(second.id(), first.id());
    assertThat(jobs).extracting(AppliedJob::status).containsExactly(CandidateStatus.DRAFT, CandidateStatus.RECEIVED);
    assertThat(jobs.get(1).title()).isEqualTo("Ingénieur réseau principal");
    assertThat(jobs.get(1).submittedAt()).isPresent();
    assertThat(jobs.get(0).closesAt()).isEqualTo(second.closesAt());
  }

  @Test
  void draftIsStartedSavedAndSubmittedLaterBeforeTheDeadline() {
    Vacancy v = world.published();
    CandidateApplication draft = world.applying.startDraft(Apply.to(v.id()), ana).value();
    world.applying.saveDraft(SaveDraft.builder().application(draft.id()).coverLetter("I am motivated").build(), ana);
    world.advance(Duration.ofDays(10));

    CandidateApplication submitted = world.applying.submit(ApplicationStep.of(draft.id()), ana).value();

    assertThat(submitted.status()).isEqualTo(CandidateStatus.RECEIVED);
    assertThat(internal(submitted)).isEqualTo(ApplicationStatus.SUBMITTED);
    assertThat(submitted.coverLetter()).contains("I am motivated");
    assertThat(submitted.submittedAt()).contains(world.now());
  }

  @Test
  void draftCannotBeSubmittedAfterTheDeadline() {
    Vacancy v = world.published();
    CandidateApplication draft = world.applying.startDraft(Apply.to(v.id()), ana).value();
    world.advance(Duration.ofDays(30));

    assertThatThrownBy(() -> world.applying.submit(ApplicationStep.of(draft.id()), ana))
        .isInstanceOf(PreconditionFailed.class);
    assertThat(world.applications.find(draft.id()).orElseThrow().status()).isEqualTo(ApplicationStatus.DRAFT);
  }

  @Test
  void draftsStillOpenAtTheDeadlineExpireAndTheCandidateIsTold() {
    Vacancy v = world.published();
    CandidateApplication draft = world.applying.startDraft(Apply.to(v.id()), ana).value();
    world.advance(Duration.ofDays(30));

    world.desk.closeDue(Actor.system("vacancy-deadline"));
    world.deliver();

    assertThat(world.applications.find(draft.id()).orElseThrow().status()).isEqualTo(ApplicationStatus.EXPIRED);
    assertThat(world.notifier.last(EmailAddress.of("ana@example.org"), ApplicationDesk.DRAFT_EXPIRED)).isPresent();
  }

  @Test
  void draftCanBeDeleted() {
    Vacancy v = world.published();
    CandidateApplication draft = world.applying.startDraft(Apply.to(v.id()), ana).value();

    world.applying.deleteDraft(ApplicationStep.of(draft.id()), ana);

    assertThat(world.applications.find(draft.id())).isEmpty();
    assertThat(internal(apply(ana, v))).isEqualTo(ApplicationStatus.SUBMITTED);
  }

  @Test
  void aDraftIsTheCandidatesOwnRecruitersNeitherReadNorMoveItAsIfItDidNotExist() {
    Vacancy v = world.published();
    CandidateApplication draft = world.applying.startDraft(Apply.to(v.id()), ana).value();

    assertThatThrownBy(() -> world.applying.application(draft.id(), world.recruiter)).isInstanceOf(NotFound.class)
        .extracting("reason").isEqualTo(CareersRefusals.APPLICATION_NOT_FOUND);
    assertThatThrownBy(() -> world.applying.move(ApplicationStep.of(draft.id()), ApplicationAction.START_SCREENING,
        world.recruiter)).isInstanceOf(NotFound.class).extracting("reason")
        .isEqualTo(CareersRefusals.APPLICATION_NOT_FOUND);
    assertThat(world.applying.applicationsTo(v.id(), world.recruiter)).isEmpty();
    assertThat(internal(draft)).isEqualTo(ApplicationStatus.DRAFT);
    assertThat(world.applying.ownApplication(draft.id(), ana).status()).isEqualTo(CandidateStatus.DRAFT);
  }

  @Test
  void aDraftHasNoLastMoveAndASubmittedApplicationItsSubmission() {
    Vacancy v = world.published();
    CandidateApplication draft = world.applying.startDraft(Apply.to(v.id()), ana).value();

    assertThat(world.applications.find(draft.id()).orElseThrow().lastMove()).isEmpty();
    world.applying.submit(ApplicationStep.of(draft.id()), ana);
    assertThat(world.applying.application(draft.id(), world.recruiter).lastMove()).hasValueSatisfying(
        m -> assertThat(m.action()).isEqualTo(ApplicationAction.SUBMIT));
  }

  @Test
  void submittedApplicationsAreNeitherEditedNorDeletedAsDrafts() {
    CandidateApplication a = apply(ana, world.published());

    assertThatThrownBy(() -> world.applying.deleteDraft(ApplicationStep.of(a.id()), ana))
        .isInstanceOf(PreconditionFailed.class);
    assertThatThrownBy(() -> world.applying.submit(ApplicationStep.of(a.id()), ana))
        .isInstanceOf(IllegalTransition.class);
  }

  @Test
  void everyNotificationKindHasASubjectInEnglishAndFrench() {
    List<String> kinds = new java.util.ArrayList<>(ApplicationDesk.KINDS);
    kinds.add(org.memberportal.careers.alert.JobAlerts.KIND);
    for (String kind : kinds) {
      // English is the base bundle; French must have its own text, never the English fallback
      assertThat(Validation.message(kind + ".subject", Locale.ENGLISH, java.util.Map.of())).isNotEqualTo(kind + ".subject");
      assertThat(Validation.hasOwnMessage(kind + ".subject", Locale.FRENCH)).as("%s in French", kind).isTrue();
      assertThat(Validation.message(kind + ".subject", Locale.FRENCH, java.util.Map.of()))
          .isNotEqualTo(Validation.message(kind + ".subject", Locale.ENGLISH, java.util.Map.of()));
    }
  }

  @Test
  void sameCandidateApplyingTwiceAtOnceGetsOneApplication() throws Exception {
    Vacancy v = world.published();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
    List<java.util.concurrent.Future<Boolean>> tries = new java.util.ArrayList<>();
    for (int i = 0; i < 8; i++) {
      tries.add(pool.submit(() -> {
        start.await();
        try {
          apply(ana, v);
          return true;
        } catch (Conflict e) {
          return false;
        }
      }));
    }
    start.countDown();
    int accepted = 0;
    for (java.util.concurrent.Future<Boolean> t : tries) {
      accepted += t.get() ? 1 : 0;
    }
    pool.shutdown();

    assertThat(accepted).isEqualTo(1);
    assertThat(world.applications.ofVacancy(v.id())).hasSize(1);
  }

  @Test
  void applicationEventsCarryNoPersonalData() {
    CandidateApplication a = apply(ana, world.published());
    world.applying.withdraw(ApplicationStep.because(a.id(), "personal-reasons"), ana);

    assertThat(world.kernel.eventLog().trail("application:" + a.id()))
        .extracting(e -> e.getClass().getSimpleName()).containsExactly("DraftStarted", "Moved", "Moved");
    assertThat(world.kernel.eventLog().trail("application:" + a.id()))
        .allSatisfy(e -> assertThat(e.toString()).doesNotContain("ana@example.org", "profile of"));
  }
}
