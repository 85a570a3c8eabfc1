/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.focalpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.RepeatedTest;
import org.memberportal.account.AccountSummary;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.AffiliationEvent;
import org.memberportal.affiliation.membership.DecideAffiliation;
import org.memberportal.affiliation.testkit.AffiliationWorld;
import org.memberportal.affiliation.testkit.AffiliationWorld.Staffed;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.NotAllowed;

/** F11: a former focal point cannot decide anything once the hand-over commits, whatever the timing. */
class HandOverRaceTests {

  @RepeatedTest(10)
  void decisionRacingAHandOverStandsOnlyIfItCommittedFirst() throws Exception {
    AffiliationWorld world = AffiliationWorld.create();
    Staffed org = world.staffed("Swisscom");
    AccountSummary successor = world.member(org, "Sam", "Successor");
    Affiliation request = world.request(world.accounts.active("Ana", "Silva"), org.organisation(), false);
    List<DomainEvent> order = new CopyOnWriteArrayList<>();
    world.host.events().subscribe(DomainEvent.class, order::add);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<?> decision = pool.submit(() -> {
        start.await();
        return world.module.affiliations().approve(DecideAffiliation.builder().affiliation(request.id()).build(),
            AffiliationWorld.as(org.ties()));
      });
      Future<?> handOver = pool.submit(() -> {
        start.await();
        return world.confirmedHandOver().handOver(HandOverTiesFocalPoint.builder()
            .organisation(org.organisation().id()).successor(successor.id()).build(), AffiliationWorld.as(org.ties()));
      });
      start.countDown();
      handOver.get();
      int handedOverAt = indexOf(order, FocalPointEvent.Changed.class);
      try {
        decision.get();
        assertThat(indexOf(order, AffiliationEvent.Approved.class)).isLessThan(handedOverAt);
      } catch (ExecutionException e) {
        assertThat(e.getCause()).isInstanceOf(NotAllowed.class);
        assertThat(order).noneMatch(AffiliationEvent.Approved.class::isInstance);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static int indexOf(List<DomainEvent> events, Class<?> type) {
    for (int i = 0; i < events.size(); i++) {
      if (type.isInstance(events.get(i))) {
        return i;
      }
    }
    return -1;
  }
}
