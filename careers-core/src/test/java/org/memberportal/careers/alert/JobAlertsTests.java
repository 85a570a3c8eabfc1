/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.memberportal.careers.testkit.VacancyFixtures.AMERICAS;
import static org.memberportal.careers.testkit.VacancyFixtures.ENGLISH_TEXT;
import static org.memberportal.careers.testkit.VacancyFixtures.FRENCH_TEXT;
import static org.memberportal.careers.testkit.VacancyFixtures.HEADQUARTERS;
import static org.memberportal.careers.testkit.VacancyFixtures.SPANISH;
import static org.memberportal.careers.testkit.VacancyFixtures.SPANISH_TEXT;
import static org.memberportal.careers.testkit.VacancyFixtures.regularHeadquartersPost;
import static org.memberportal.careers.testkit.VacancyFixtures.untitled;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.memberportal.careers.Recruiter;
import org.memberportal.careers.testkit.CareersWorld;
import org.memberportal.careers.vacancy.Vacancy;
import org.memberportal.careers.vacancy.VacancyStep;
import org.memberportal.careers.vacancy.VacancyType;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.careers.Candidate;
import org.memberportal.careers.CandidateId;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.NotFound;
import org.memberportal.kernel.Notification;
import org.memberportal.kernel.PreconditionFailed;
import org.memberportal.kernel.StaffId;
import org.memberportal.kernel.ValidationFailed;
import org.memberportal.kernel.Violation;

class JobAlertsTests {

  private final CareersWorld world = new CareersWorld();
  private final Candidate ana = Candidate.of(CandidateId.random());
  private final Candidate bruno = Candidate.of(CandidateId.random());

  private JobAlert subscribe(Candidate who, String email, Locale language, AlertCriteria criteria) {
    if (world.accounts.find(who.candidate()).isEmpty()) {
      world.account(who.candidate(), email, language);
    }
    return world.alerts.subscribe(SubscribeToAlerts.builder().criteria(criteria).build(), who).value();
  }

  @Test
  void signedInCandidateSubscribesListsAndUnsubscribes() {
    JobAlert consultancies = subscribe(ana, "ana@example.org", Locale.ENGLISH,
        AlertCriteria.builder().addTypes(VacancyType.CONSULTANT).build());
    JobAlert geneva = subscribe(ana, "ana@example.org", Locale.ENGLISH,
        AlertCriteria.builder().addDutyStations("GVA").build());

    assertThat(world.alerts.alerts(ana)).containsExactly(consultancies, geneva);
    assertThat(world.alerts.alerts(bruno)).isEmpty();

    world.alerts.unsubscribe(Unsubscribe.of(consultancies.id()), ana);
    assertThat(world.alerts.alerts(ana)).containsExactly(geneva);
  }

  @Test
  void publishingAVacancyNotifiesEachMatchingSubscriberOnce() {
    subscribe(ana, "ana@example.org", Locale.FRENCH, AlertCriteria.builder().addGrades("p-3").build());
    subscribe(bruno, "bruno@example.org", Locale.ENGLISH,
        AlertCriteria.builder().addTypes(VacancyType.INTERNSHIP).build());

    Vacancy v = world.published();
    world.deliver();
    world.deliver();

    assertThat(world.notifier.sent()).singleElement().satisfies(n -> {
      assertThat(n.recipient()).isEqualTo(EmailAddress.of("ana@example.org"));
      assertThat(n.kind()).isEqualTo(JobAlerts.KIND);
      assertThat(n.locale()).isEqualTo(Locale.FRENCH);
      assertThat(n.parameters()).containsEntry("title", FRENCH_TEXT.title())
          .containsEntry("reference", v.referenceNumber()).containsEntry("vacancy", v.id().toString());
    });
  }

  @Test
  void alertMatchesOnEveryCriterionAndTheKeywords() {
    subscribe(ana, "ana@example.org", Locale.ENGLISH, AlertCriteria.builder()
        .addTypes(VacancyType.REGULAR_POST).addDutyStations("ro-ams").addLanguages(SPANISH)
        .keywords("red").build());
    subscribe(bruno, "bruno@example.org", Locale.ENGLISH, AlertCriteria.builder()
        .addDutyStations("RO-AMS").keywords("astronaut").build());

    world.published();
    world.published(untitled(VacancyType.REGULAR_POST, AMERICAS, world.now())
        .putTexts(SPANISH, SPANISH_TEXT).build());
    world.deliver();

    assertThat(world.notifier.sent()).extracting(Notification::recipient)
        .containsExactly(EmailAddress.of("ana@example.org"));
    assertThat(world.notifier.sent().get(0).parameters()).containsEntry("title", SPANISH_TEXT.title());
  }

  @Test
  void draftsAndCancelledVacanciesAlertNobody() {
    subscribe(ana, "ana@example.org", Locale.ENGLISH, AlertCriteria.any());
    Vacancy draft = world.draft(regularHeadquartersPost(world.now()).build());
    world.desk.cancel(VacancyStep.of(draft.id()), world.recruiter);
    world.deliver();

    assertThat(world.notifier.sent()).isEmpty();
  }

  @Test
  void unsubscribedCandidateIsNotAlerted() {
    JobAlert alert = subscribe(ana, "ana@example.org", Locale.ENGLISH, AlertCriteria.any());
    world.alerts.unsubscribe(Unsubscribe.of(alert.id()), ana);

    world.published();
    world.deliver();

    assertThat(world.notifier.sent()).isEmpty();
  }

  @Test
  void oneNotificationPerAlertAndVacancyEvenIfQueuedTwice() {
    JobAlert alert = subscribe(ana, "ana@example.org", Locale.ENGLISH, AlertCriteria.any());
    Vacancy v = world.published(untitled(VacancyType.CONSULTANT, HEADQUARTERS, world.now())
        .putTexts(Locale.ENGLISH, ENGLISH_TEXT).build());

    // a retried batch queues the same notification again: the key makes it one email
    world.kernel.transactions().inTransaction(() -> {
      world.kernel.host().notify(alert.notice(v));
      return null;
    });
    world.deliver();

    assertThat(world.notifier.sent()).hasSize(1);
    assertThat(world.notifier.sent().get(0).idempotencyKey()).contains(alert.id().toString(), v.id().toString());
  }

  @Test
  void onlySignedInCandidatesHaveAlerts() {
    SubscribeToAlerts command = SubscribeToAlerts.builder().criteria(AlertCriteria.any()).build();
    for (Actor outsider : new Actor[] {Actor.anonymous(), Actor.account(AccountId.random()),
        Recruiter.of(StaffId.random()), Actor.operator(StaffId.random()), Actor.system("x")}) {
      assertThatThrownBy(() -> world.alerts.subscribe(command, outsider)).isInstanceOf(NotAllowed.class);
      assertThatThrownBy(() -> world.alerts.alerts(outsider)).isInstanceOf(NotAllowed.class);
      assertThatThrownBy(() -> world.alerts.unsubscribe(Unsubscribe.of(AlertId.random()), outsider))
          .isInstanceOf(NotAllowed.class);
    }
  }

  @Test
  void candidateCannotEndAnotherCandidatesAlert() {
    JobAlert anas = subscribe(ana, "ana@example.org", Locale.ENGLISH, AlertCriteria.any());

    assertThatThrownBy(() -> world.alerts.unsubscribe(Unsubscribe.of(anas.id()), bruno))
        .isInstanceOfSatisfying(NotAllowed.class, e -> assertThat(e.reason()).isEqualTo("alert.not-allowed"));
    assertThatThrownBy(() -> world.alerts.unsubscribe(Unsubscribe.of(AlertId.random()), bruno))
        .isInstanceOf(NotFound.class);
    assertThat(world.alerts.alerts(ana)).containsExactly(anas);
  }

  @Test
  void subscriptionNeedsCriteria() {
    world.account(ana.candidate(), "ana@example.org", Locale.ENGLISH);
    assertThatThrownBy(() -> world.alerts.subscribe(SubscribeToAlerts.builder().build(), ana.in(Locale.FRENCH)))
        .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.violations())
            .extracting(Violation::code).containsExactly("careers.alert.criteria.missing"));
  }

  @Test
  void alertsAreWrittenToTheCareersAccountsAddressInItsLanguage() {
    world.account(ana.candidate(), "ana@example.org", Locale.FRENCH);

    JobAlert alert = world.alerts.subscribe(SubscribeToAlerts.builder().criteria(AlertCriteria.any()).build(), ana)
        .value();

    assertThat(alert.email()).isEqualTo(EmailAddress.of("ana@example.org"));
    assertThat(alert.language()).isEqualTo(Locale.FRENCH);
  }

  @Test
  void candidateWithoutCareersAccountCannotSubscribe() {
    assertThatThrownBy(() -> world.alerts.subscribe(SubscribeToAlerts.builder().criteria(AlertCriteria.any())
        .build(), ana)).isInstanceOfSatisfying(NotFound.class, e -> assertThat(e.reason())
            .isEqualTo("alert.no-account"));
    assertThat(world.subscriptions.all()).isEmpty();
  }

  @Test
  void aCandidateKeepsABoundedNumberOfAlerts() {
    for (int i = 0; i < JobAlerts.MAX_PER_CANDIDATE; i++) {
      subscribe(ana, "ana@example.org", Locale.ENGLISH, AlertCriteria.any());
    }

    assertThatThrownBy(() -> subscribe(ana, "ana@example.org", Locale.ENGLISH, AlertCriteria.any()))
        .isInstanceOfSatisfying(PreconditionFailed.class, e -> assertThat(e.reason()).isEqualTo("alert.too-many"));
  }

  @Test
  void alertEventsCarryNoAddress() {
    JobAlert alert = subscribe(ana, "ana@example.org", Locale.ENGLISH, AlertCriteria.any());
    world.published();

    assertThat(world.kernel.eventLog().trail("job-alert:" + alert.id()))
        .hasSize(2)
        .allSatisfy(e -> assertThat(e.toString()).doesNotContain("ana@example.org"));
    assertThat(alert.toString()).doesNotContain("ana@example.org");
  }
}
