/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.memberportal.careers.Candidate;
import org.memberportal.careers.testkit.CareersWorld;
import org.memberportal.careers.vacancy.Vacancy;
import org.memberportal.careers.vacancy.VacancyStep;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.Notification;
import org.memberportal.kernel.Outbox;

/** C8, C9: a cancelled vacancy ends every live application and tells each applicant once, in their language. */
class VacancyCancellationTests {

  private final CareersWorld world = new CareersWorld();
  private final Candidate ana = world.candidate("ana@example.org", Locale.FRENCH);
  private final Candidate bruno = world.candidate("bruno@example.org", Locale.ENGLISH);
  private final Candidate carla = world.candidate("carla@example.org", Locale.ENGLISH);
  private final Candidate dora = world.candidate("dora@example.org", Locale.ENGLISH);
  private final Candidate erik = world.candidate("erik@example.org", Locale.ENGLISH);

  private CandidateApplication apply(Candidate who, Vacancy v) {
    return world.applying.apply(Apply.to(v.id()), who).value();
  }

  private void move(CandidateApplication a, ApplicationAction action) {
    world.applying.move(ApplicationStep.builder().application(a.id()).reason("experience").step("written test")
        .build(), action, world.recruiter);
  }

  private CandidateStatus seenBy(Candidate who) {
    return world.applying.jobsApplied(who).get(0).status();
  }

  private List<Notification> cancellations() {
    return world.notifier.sent().stream().filter(n -> n.kind().equals(ApplicationDesk.VACANCY_CANCELLED)).toList();
  }

  @Test
  void cancellingAVacancyEndsEveryLiveApplicationAndTellsEachApplicantOnceInTheirLanguage() {
    Vacancy v = world.published();
    CandidateApplication anas = apply(ana, v);
    CandidateApplication brunos = apply(bruno, v);
    move(brunos, ApplicationAction.START_SCREENING);
    move(brunos, ApplicationAction.SHORTLIST);
    CandidateApplication carlas = apply(carla, v);
    world.applying.withdraw(ApplicationStep.because(carlas.id(), "personal-reasons"), carla);
    CandidateApplication doras = world.applying.startDraft(Apply.to(v.id()), dora).value();
    CandidateApplication eriks = apply(erik, v);
    move(eriks, ApplicationAction.REJECT);

    world.desk.cancel(VacancyStep.of(v.id()), world.recruiter);
    world.deliver();
    world.deliver();

    assertThat(List.of(anas, brunos, carlas, doras, eriks)).extracting(a -> world.applications.find(a.id())
        .orElseThrow().status()).containsExactly(ApplicationStatus.VACANCY_CANCELLED,
            ApplicationStatus.VACANCY_CANCELLED, ApplicationStatus.WITHDRAWN, ApplicationStatus.EXPIRED,
            ApplicationStatus.NOT_SELECTED);
    assertThat(List.of(ana, bruno, carla, dora, erik)).extracting(this::seenBy).containsExactly(
        CandidateStatus.VACANCY_CANCELLED, CandidateStatus.VACANCY_CANCELLED, CandidateStatus.WITHDRAWN,
        CandidateStatus.EXPIRED, CandidateStatus.VACANCY_CANCELLED);
    assertThat(world.applying.ownApplication(brunos.id(), bruno).status()).isEqualTo(CandidateStatus.VACANCY_CANCELLED);
    Map<String, List<Notification>> told = cancellations().stream()
        .collect(Collectors.groupingBy(n -> n.recipient().key()));
    assertThat(told.keySet()).containsExactlyInAnyOrder("ana@example.org", "bruno@example.org", "erik@example.org");
    assertThat(told.values()).allSatisfy(each -> assertThat(each).hasSize(1));
    assertThat(told.get("ana@example.org").get(0)).satisfies(n -> {
      assertThat(n.locale()).isEqualTo(Locale.FRENCH);
      assertThat(n.parameters()).containsEntry("title", "Ingénieur réseau principal")
          .containsEntry("application", anas.id().toString()).containsEntry("reference", v.referenceNumber());
    });
    assertThat(told.get("bruno@example.org").get(0).locale()).isEqualTo(Locale.ENGLISH);
    assertThat(world.notifier.last(EmailAddress.of("dora@example.org"), ApplicationDesk.DRAFT_EXPIRED)).isPresent();
    assertThat(world.notifier.last(EmailAddress.of("carla@example.org"), ApplicationDesk.VACANCY_CANCELLED)).isEmpty();
  }

  @Test
  void aCancellationAfterTheDeadlineAlsoTellsEachApplicantOnceAndIsAudited() {
    Vacancy v = world.published();
    CandidateApplication anas = apply(ana, v);
    CandidateApplication brunos = apply(bruno, v);
    move(brunos, ApplicationAction.START_SCREENING);
    move(brunos, ApplicationAction.SHORTLIST);
    move(brunos, ApplicationAction.RECORD_ASSESSMENT);
    move(brunos, ApplicationAction.INVITE_TO_INTERVIEW);
    world.desk.close(VacancyStep.of(v.id()), world.recruiter);

    world.desk.cancel(VacancyStep.of(v.id()), world.recruiter);
    world.deliver();

    assertThat(cancellations()).extracting(n -> n.recipient().key())
        .containsExactlyInAnyOrder("ana@example.org", "bruno@example.org");
    assertThat(world.kernel.outbox().entries().stream().map(Outbox.Entry::notification)
        .filter(n -> n.kind().equals(ApplicationDesk.VACANCY_CANCELLED)).map(Notification::idempotencyKey))
        .containsExactlyInAnyOrder(ApplicationDesk.VACANCY_CANCELLED + ":" + anas.id(),
            ApplicationDesk.VACANCY_CANCELLED + ":" + brunos.id());
    Application record = world.applying.application(brunos.id(), world.recruiter);
    assertThat(record.outcomeNotified()).isTrue();
    assertThat(record.moves().get(record.moves().size() - 1)).satisfies(m -> {
      assertThat(m.action()).isEqualTo(ApplicationAction.CANCEL);
      assertThat(m.from()).isEqualTo(ApplicationStatus.INTERVIEW);
      assertThat(m.by()).isEqualTo(Actor.system("vacancy-cancelled"));
    });
    assertThat(world.kernel.eventLog().trail("application:" + brunos.id())).extracting(e -> e.getClass()
        .getSimpleName()).endsWith("Moved", "OutcomeNotified");
  }

  @Test
  void aSelectionStandsWhenTheVacancyIsCancelledAfterwards() {
    Vacancy v = world.published();
    CandidateApplication anas = apply(ana, v);
    for (ApplicationAction step : List.of(ApplicationAction.START_SCREENING, ApplicationAction.SHORTLIST,
        ApplicationAction.RECORD_ASSESSMENT, ApplicationAction.INVITE_TO_INTERVIEW, ApplicationAction.OFFER,
        ApplicationAction.SELECT)) {
      move(anas, step);
    }
    apply(bruno, v);

    world.desk.cancel(VacancyStep.of(v.id()), world.recruiter);
    world.deliver();

    assertThat(seenBy(ana)).isEqualTo(CandidateStatus.SELECTED);
    assertThat(seenBy(bruno)).isEqualTo(CandidateStatus.VACANCY_CANCELLED);
    assertThat(cancellations()).extracting(n -> n.recipient().key()).containsExactly("bruno@example.org");
  }
}
