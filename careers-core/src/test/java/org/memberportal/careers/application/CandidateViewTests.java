/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.memberportal.careers.Candidate;
import org.memberportal.careers.privacy.CandidateDataExport;
import org.memberportal.careers.testkit.CareersWorld;
import org.memberportal.careers.vacancy.Vacancy;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.NotAllowed;

/** C8, C10: every read a candidate makes of their application is the candidate-facing view, never the record. */
class CandidateViewTests {

  private final CareersWorld world = new CareersWorld();
  private final Candidate ana = world.candidate("ana@example.org", Locale.FRENCH);
  private final Candidate bruno = world.candidate("bruno@example.org", Locale.ENGLISH);

  private void move(CandidateApplication a, ApplicationAction action, String reason) {
    world.applying.move(ApplicationStep.builder().application(a.id()).reason(reason).step("written test").build(),
        action, world.recruiter);
  }

  @Test
  void theCandidatesReadOfOneApplicationHidesAnUnannouncedDecisionTheMovesAndTheReasonCodes() {
    Vacancy v = world.published();
    CandidateApplication a = world.applying.apply(Apply.builder().vacancy(v.id()).coverLetter("Ma motivation")
        .build(), ana).value();
    move(a, ApplicationAction.START_SCREENING, "n-a");
    move(a, ApplicationAction.SHORTLIST, "n-a");
    move(a, ApplicationAction.RECORD_ASSESSMENT, "n-a");
    move(a, ApplicationAction.REJECT, "weak-written-test");

    CandidateApplication seen = world.applying.ownApplication(a.id(), ana);

    assertThat(world.applying.application(a.id(), world.recruiter).status()).isEqualTo(ApplicationStatus.NOT_SELECTED);
    assertThat(seen.status()).isEqualTo(CandidateStatus.UNDER_ASSESSMENT);
    assertThat(world.applying.jobsApplied(ana)).extracting(AppliedJob::status).containsExactly(seen.status());
    assertThat(seen.title()).isEqualTo("Ingénieur réseau principal");
    assertThat(seen.coverLetter()).contains("Ma motivation");
    assertThat(seen.profile()).isPresent();
    assertThat(seen.toString()).doesNotContain("Ma motivation", "weak-written-test", "NOT_SELECTED");
  }

  @Test
  void theCandidatesDataExportShowsTheCandidatesViewOfEachApplication() {
    Vacancy v = world.published();
    CandidateApplication a = world.applying.apply(Apply.builder().vacancy(v.id()).coverLetter("Ma motivation")
        .build(), ana).value();
    move(a, ApplicationAction.START_SCREENING, "n-a");
    move(a, ApplicationAction.REJECT, "weak-cv");

    CandidateDataExport export = world.privacy.export(ana.candidate(), ana);

    assertThat(export.applications()).singleElement().satisfies(e -> {
      assertThat(e.application()).isEqualTo(world.applying.ownApplication(a.id(), ana));
      assertThat(e.application().status()).isEqualTo(CandidateStatus.UNDER_REVIEW);
      assertThat(e.email()).map(x -> x.display()).contains("ana@example.org");
    });
    assertThat(export.toJson()).contains("\"status\":\"UNDER_REVIEW\"", "Ma motivation")
        .doesNotContain("NOT_SELECTED", "SCREENING", "weak-cv");
  }

  @Test
  void theViewHasNoInternalStatusMoveActorOrReasonToShow() {
    List<Class<?>> types = Stream.of(CandidateApplication.class.getRecordComponents())
        .map(RecordComponent::getType).<Class<?>>map(t -> t).toList();

    assertThat(types).doesNotContain(ApplicationStatus.class, Move.class, List.class, Actor.class);
    assertThat(Stream.of(CandidateApplication.class.getRecordComponents()).map(RecordComponent::getName))
        .doesNotContain("moves", "reason", "email", "candidate");
  }

  @Test
  void candidatesCannotReadTheInternalRecordNotEvenTheirOwn() {
    CandidateApplication a = world.applying.apply(Apply.to(world.published().id()), ana).value();

    assertThatThrownBy(() -> world.applying.application(a.id(), ana)).isInstanceOfSatisfying(NotAllowed.class,
        e -> assertThat(e.reason()).isEqualTo("application.not-allowed"));
    assertThatThrownBy(() -> world.applying.ownApplication(a.id(), bruno)).isInstanceOfSatisfying(NotAllowed.class,
        e -> assertThat(e.reason()).isEqualTo("application.not-owner"));
    assertThatThrownBy(() -> world.applying.ownApplication(a.id(), world.recruiter))
        .isInstanceOf(NotAllowed.class);
  }

  @Test
  void everyCandidateCommandAnswersWithTheCandidatesView() {
    Vacancy v = world.published();
    CandidateApplication draft = world.applying.startDraft(Apply.to(v.id()), bruno).value();
    CandidateApplication saved = world.applying.saveDraft(SaveDraft.builder().application(draft.id())
        .coverLetter("My letter").build(), bruno).value();
    CandidateApplication submitted = world.applying.submit(ApplicationStep.of(draft.id()), bruno).value();
    move(submitted, ApplicationAction.START_SCREENING, "n-a");
    move(submitted, ApplicationAction.SHORTLIST, "n-a");

    CandidateApplication withdrawn = world.applying.withdraw(ApplicationStep.because(draft.id(), "personal-reasons"),
        bruno).value();

    assertThat(List.of(draft.status(), saved.status(), submitted.status(), withdrawn.status())).containsExactly(
        CandidateStatus.DRAFT, CandidateStatus.DRAFT, CandidateStatus.RECEIVED, CandidateStatus.WITHDRAWN);
    assertThat(saved.coverLetter()).contains("My letter");
    assertThat(withdrawn.title()).isEqualTo("Senior Network Engineer");
    assertThat(world.applying.ownApplication(draft.id(), bruno)).isEqualTo(withdrawn);
  }
}
