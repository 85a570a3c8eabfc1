/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.memberportal.account.AccountSummary;
import org.memberportal.affiliation.testkit.AffiliationWorld.Staffed;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.ties.testkit.TiesWorld;

/** X4 (an audit trail per TIES account: who, what, when) and X5 (notifications survive a failing mail server). */
class TiesAuditAndOutboxTests {

  private final TiesWorld world = TiesWorld.create();
  private final Staffed org = world.staffed("Swisscom");

  @Test
  void auditTrailOfATiesAccountSaysWhoDidWhatWhen() {
    AccountSummary user = world.member(org, "Ana", "Silva");
    world.access().request(RequestTiesAccess.builder().account(user.id()).build(), TiesWorld.as(user));
    world.affiliation.clock.advance(Duration.ofHours(3));
    world.access().approve(DecideTiesRequest.builder().account(user.id()).build(), TiesWorld.as(org.ties()));
    world.affiliation.clock.advance(Duration.ofDays(2));
    world.access().remove(RemoveTiesAccess.builder().account(user.id()).build(), world.operator());

    List<DomainEvent> trail = world.affiliation.kernel.eventLog().trail("ties:" + user.id());

    assertThat(trail).extracting(DomainEvent::type)
        .containsExactly("TiesAccessRequested", "TiesAccessApproved", "TiesAccessRemoved");
    assertThat(trail).extracting(DomainEvent::actor).containsExactly(
        TiesWorld.as(user), TiesWorld.as(org.ties()), world.operator());
    assertThat(trail.get(2).occurredAt()).isEqualTo(trail.get(0).occurredAt().plus(Duration.ofHours(51)));
    assertThat(trail.get(2).actor()).isInstanceOf(Actor.Operator.class);
  }

  @Test
  void notificationWaitsInTheOutboxWhileTheMailServerFailsAndIsSentOnce() {
    AccountSummary user = world.member(org, "Ben", "Brown");
    world.delivered();
    world.affiliation.notifier.failAll();

    world.access().request(RequestTiesAccess.builder().account(user.id()).build(), TiesWorld.as(user));
    assertThat(world.delivered(org.ties(), "ties.requested")).isEmpty();

    world.affiliation.notifier.recover();
    world.affiliation.clock.advance(Duration.ofMinutes(5));
    assertThat(world.delivered(org.ties(), "ties.requested")).hasSize(1);
    world.affiliation.clock.advance(Duration.ofHours(2));
    assertThat(world.delivered(org.ties(), "ties.requested")).hasSize(1);
  }
}
