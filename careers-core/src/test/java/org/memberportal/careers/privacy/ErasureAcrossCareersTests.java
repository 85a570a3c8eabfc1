/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.memberportal.careers.Candidate;
import org.memberportal.careers.alert.AlertCriteria;
import org.memberportal.careers.alert.JobAlerts;
import org.memberportal.careers.alert.SubscribeToAlerts;
import org.memberportal.careers.application.Application;
import org.memberportal.careers.application.ApplicationAction;
import org.memberportal.careers.application.ApplicationDesk;
import org.memberportal.careers.application.ApplicationStatus;
import org.memberportal.careers.application.ApplicationStep;
import org.memberportal.careers.application.Apply;
import org.memberportal.careers.application.CandidateApplication;
import org.memberportal.careers.candidate.CandidateForgotPassword;
import org.memberportal.careers.candidate.CareersAccounts;
import org.memberportal.careers.testkit.CareersWorld;
import org.memberportal.careers.testkit.HeldValues;
import org.memberportal.careers.vacancy.Vacancy;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.Outbox;
import org.memberportal.kernel.Unavailable;

/** C4 across Careers: erasing a candidate reaches their applications, drafts, job alerts and notifications. */
class ErasureAcrossCareersTests {

  private final CareersWorld world = new CareersWorld();
  private final Candidate ana = world.candidate("ana@example.org", Locale.FRENCH);

  private void erase(Candidate who) {
    world.privacy.deleteProfile(DeleteProfile.builder().candidate(who.candidate()).build(), who);
  }

  @Test
  void deletingProfileErasesPersonalDataAndWithdrawsOpenApplications() {
    Vacancy v = world.published();
    CandidateApplication a = world.applying.apply(Apply.builder().vacancy(v.id()).coverLetter("My motivation, Ana")
        .build(),
        ana).value();
    world.applying.move(ApplicationStep.of(a.id()), ApplicationAction.START_SCREENING, world.recruiter);
    world.deliver();
    int sent = world.notifier.sent().size();

    erase(ana);

    Application after = world.applications.find(a.id()).orElseThrow();
    assertThat(after.status()).isEqualTo(ApplicationStatus.WITHDRAWN);
    assertThat(after.moves().get(after.moves().size() - 1).reason()).contains(ApplicationDesk.ERASED_REASON);
    assertThat(after.erased()).isTrue();
    assertThat(after.email()).isEmpty();
    assertThat(after.coverLetter()).isEmpty();
    assertThat(after.profile()).isEmpty();
    world.deliver();
    assertThat(world.notifier.sent()).hasSize(sent);
  }

  @Test
  void finalDecisionsStayButLoseThePersonalData() {
    Vacancy v = world.published();
    CandidateApplication a = world.applying.apply(Apply.to(v.id()), ana).value();
    world.applying.move(ApplicationStep.because(a.id(), "not-qualified"), ApplicationAction.REJECT,
        world.recruiter);

    erase(ana);

    Application after = world.applications.find(a.id()).orElseThrow();
    assertThat(after.status()).isEqualTo(ApplicationStatus.NOT_SELECTED);
    assertThat(after.erased()).isTrue();
    assertThat(after.profile()).isEmpty();
  }

  @Test
  void erasureDeletesDraftsAndJobAlerts() {
    Vacancy v = world.published();
    world.applying.startDraft(Apply.builder().vacancy(v.id()).coverLetter("draft letter").build(), ana);
    world.alerts.subscribe(SubscribeToAlerts.builder().criteria(AlertCriteria.any()).build(), ana);

    erase(ana);

    assertThat(world.applications.ofCandidate(ana.candidate())).isEmpty();
    assertThat(world.subscriptions.ofCandidate(ana.candidate())).isEmpty();
    assertThat(world.subscriptions.all()).isEmpty();
  }

  @Test
  void onlyAnonymousStatisticsRemainAndOtherCandidatesAreUntouched() {
    Candidate ben = world.candidate("ben@example.org", Locale.ENGLISH);
    Vacancy v = world.published();
    world.applying.apply(Apply.builder().vacancy(v.id()).coverLetter("Ana's letter").build(), ana);
    CandidateApplication bens = world.applying.apply(Apply.builder().vacancy(v.id()).coverLetter("Ben's letter")
        .build(),
        ben).value();
    world.alerts.subscribe(SubscribeToAlerts.builder().criteria(AlertCriteria.any()).build(), ben);
    world.deliver();

    erase(ana);

    assertThat(world.applying.applicationsTo(v.id(), world.recruiter)).hasSize(2);
    assertThat(HeldValues.found(world, Set.of("ana@example.org", "Ana's letter"))).isEmpty();
    assertThat(world.applications.find(bens.id())).get().satisfies(b -> {
      assertThat(b.erased()).isFalse();
      assertThat(b.coverLetter()).contains("Ben's letter");
    });
    assertThat(world.subscriptions.all()).hasSize(1);
    assertThat(HeldValues.found(world, Set.of("ben@example.org", "Ben's letter"))).hasSize(2);
  }

  @Test
  void retentionErasureReachesApplicationsToo() {
    Vacancy v = world.published();
    CandidateApplication a = world.applying.apply(Apply.to(v.id()), ana).value();
    world.advance(java.time.Duration.ofDays(365L * (CareersWorld.RETENTION_YEARS + 1)));

    world.privacy.applyRetention(Actor.system("retention"));

    assertThat(world.applications.find(a.id())).get().satisfies(after -> {
      assertThat(after.erased()).isTrue();
      assertThat(after.status()).isEqualTo(ApplicationStatus.WITHDRAWN);
    });
    assertThat(List.of(world.accounts.find(ana.candidate()), world.profiles.find(ana.candidate())))
        .allMatch(java.util.Optional::isEmpty);
  }

  private List<Outbox.Entry> outboxAbout(Candidate who) {
    EmailAddress address = world.accounts.find(who.candidate()).map(a -> a.email()).orElseThrow();
    return world.kernel.outbox().entries().stream()
        .filter(e -> e.notification().recipient().equals(address)
            || e.notification().dataSubject().equals(Optional.of(PrivacyEvent.subjectOf(who.candidate()))))
        .toList();
  }

  private static List<String> keys(List<Outbox.Entry> entries) {
    return entries.stream().map(e -> e.notification().idempotencyKey()).toList();
  }

  @Test
  void erasureForgetsEveryNotificationAboutTheCandidateDeliveredOrNotAndKeepsOthers() {
    Candidate ben = world.candidate("ben@example.org", Locale.ENGLISH);
    for (Candidate who : List.of(ana, ben)) {
      world.alerts.subscribe(SubscribeToAlerts.builder().criteria(AlertCriteria.any()).build(), who);
    }
    Vacancy first = world.published();
    world.applying.apply(Apply.to(first.id()), ana);
    world.applying.apply(Apply.to(first.id()), ben);
    world.deliver();
    world.careersAccounts.forgotPassword(CandidateForgotPassword.builder().email("ana@example.org").build(),
        Actor.anonymous());
    world.published();
    List<Outbox.Entry> anas = outboxAbout(ana);
    List<String> bens = keys(outboxAbout(ben));
    assertThat(anas).anyMatch(e -> e.deliveredAt().isPresent()).anyMatch(e -> e.deliveredAt().isEmpty());
    assertThat(anas).allMatch(e -> e.notification().dataSubject()
        .equals(Optional.of(PrivacyEvent.subjectOf(ana.candidate()))));
    assertThat(anas).extracting(e -> e.notification().kind()).contains(JobAlerts.KIND, ApplicationDesk.RECEIVED,
        CareersAccounts.RESET_CODE);
    EmailAddress anasAddress = EmailAddress.of("ana@example.org");
    int sent = world.notifier.sent().size();

    erase(ana);

    assertThat(world.kernel.outbox().entries()).noneMatch(e -> keys(anas).contains(e.notification().idempotencyKey()))
        .noneMatch(e -> e.notification().recipient().equals(anasAddress));
    assertThat(keys(world.kernel.outbox().entries())).containsAll(bens);
    world.deliver();
    assertThat(world.notifier.sent().subList(sent, world.notifier.sent().size()))
        .isNotEmpty().noneMatch(n -> n.recipient().equals(anasAddress));
  }

  @Test
  void erasureThatRollsBackForgetsNoNotification() {
    Vacancy v = world.published();
    world.applying.apply(Apply.to(v.id()), ana);
    world.deliver();
    List<Outbox.Entry> before = world.kernel.outbox().entries();
    world.kernel.host().events().subscribe(PrivacyEvent.CandidateErased.class, e -> {
      throw new IllegalStateException("applications store down (simulated)");
    });

    assertThatThrownBy(() -> erase(ana)).isInstanceOf(Unavailable.class);

    assertThat(world.kernel.outbox().entries()).isNotEmpty().isEqualTo(before);
  }

  @Test
  void retentionErasureForgetsTheNotificationsToo() {
    Vacancy v = world.published();
    world.applying.apply(Apply.to(v.id()), ana);
    world.deliver();
    assertThat(outboxAbout(ana)).isNotEmpty();
    world.advance(java.time.Duration.ofDays(365L * (CareersWorld.RETENTION_YEARS + 1)));

    world.privacy.applyRetention(Actor.system("retention"));

    assertThat(world.kernel.outbox().entries()).noneMatch(e -> e.notification().dataSubject()
        .equals(Optional.of(PrivacyEvent.subjectOf(ana.candidate()))));
    assertThat(HeldValues.found(world, Set.of("ana@example.org"))).isEmpty();
  }
}
