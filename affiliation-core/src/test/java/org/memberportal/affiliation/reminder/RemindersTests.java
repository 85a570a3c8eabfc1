/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.memberportal.account.AccountSummary;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.AffiliationEvent;
import org.memberportal.affiliation.membership.DecideAffiliation;
import org.memberportal.affiliation.membership.ReminderStep;
import org.memberportal.affiliation.testkit.AffiliationWorld;
import org.memberportal.affiliation.testkit.AffiliationWorld.Staffed;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.ValidationFailed;

class RemindersTests {

  private final AffiliationWorld world = AffiliationWorld.create(ReminderPolicy.ofDays(3, 10));
  private final Reminders reminders = world.module.reminders();
  private final Actor timer = Actor.system("reminders");

  @Test
  void tiesFocalPointIsRemindedAfterNDaysOnce() {
    Staffed org = world.staffed("Swisscom");
    Affiliation request = world.request(world.accounts.active("Ana", "Silva"), org.organisation(), false);

    world.clock.advance(Duration.ofDays(3).minusMinutes(1));
    reminders.tick(timer);
    assertThat(world.delivered(org.ties(), "affiliation.reminder")).isEmpty();

    world.clock.advance(Duration.ofMinutes(1));
    reminders.tick(timer);
    world.clock.advance(Duration.ofDays(1));
    reminders.tick(timer);

    assertThat(world.delivered(org.ties(), "affiliation.reminder")).singleElement()
        .satisfies(n -> assertThat(n.parameters()).containsEntry("organisationName", "Swisscom")
            .containsEntry("requesterName", "Ana Silva").containsEntry("affiliationId", request.id().toString()));
    assertThat(world.delivered(org.itu(), "affiliation.reminder")).isEmpty();
  }

  @Test
  void ituFocalPointIsToldAfterMDaysOnce() {
    Staffed org = world.staffed("Swisscom");
    world.request(world.accounts.active("Ana", "Silva"), org.organisation(), false);

    world.clock.advance(Duration.ofDays(3));
    reminders.tick(timer);
    world.clock.advance(Duration.ofDays(7));
    reminders.tick(timer);
    world.clock.advance(Duration.ofDays(7));
    reminders.tick(timer);

    assertThat(world.delivered(org.itu(), "affiliation.escalation")).hasSize(1);
    assertThat(world.delivered(org.ties(), "affiliation.reminder")).hasSize(1);
    assertThat(world.events(AffiliationEvent.Reminded.class)).extracting(AffiliationEvent.Reminded::step)
        .containsExactly(ReminderStep.REMINDER, ReminderStep.ESCALATION);
  }

  @Test
  void decidedRequestsAreNotReminded() {
    Staffed org = world.staffed("Swisscom");
    AccountSummary user = world.accounts.active("Ana", "Silva");
    Affiliation request = world.request(user, org.organisation(), false);
    world.module.affiliations().approve(DecideAffiliation.builder().affiliation(request.id()).build(),
        AffiliationWorld.as(org.ties()));

    world.clock.advance(Duration.ofDays(30));
    reminders.tick(timer);

    assertThat(world.delivered(org.ties(), "affiliation.reminder")).isEmpty();
  }

  @Test
  void delaysAreConfigurableAndChecked() {
    assertThatThrownBy(() -> ReminderPolicy.ofDays(5, 5)).isInstanceOf(ValidationFailed.class);
    assertThatThrownBy(() -> ReminderPolicy.ofDays(0, 5)).isInstanceOf(ValidationFailed.class);
    assertThat(ReminderPolicy.ofDays(2, 4).remindAfter()).isEqualTo(Duration.ofDays(2));
  }

  @Test
  void onlyTheHostRunsTheTick() {
    assertThatThrownBy(() -> reminders.tick(Actor.anonymous())).isInstanceOf(NotAllowed.class);
  }
}
