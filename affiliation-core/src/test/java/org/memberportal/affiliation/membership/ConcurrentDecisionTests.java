/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.RepeatedTest;
import org.memberportal.account.AccountSummary;
import org.memberportal.affiliation.testkit.AffiliationWorld;
import org.memberportal.affiliation.testkit.AffiliationWorld.Staffed;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.KernelRefusals;

class ConcurrentDecisionTests {

  @RepeatedTest(10)
  void twoFocalPointsDecidingTheSameRequestAtOnceMakeExactlyOneDecision() throws Exception {
    AffiliationWorld world = AffiliationWorld.create();
    Staffed org = world.staffed("Swisscom");
    AccountSummary user = world.accounts.active("Ana", "Silva");
    Affiliation request = world.request(user, org.organisation(), false);
    Affiliations affiliations = world.module.affiliations();
    DecideAffiliation decision = DecideAffiliation.builder().affiliation(request.id())
        .expectedVersion(request.version()).build();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Callable<Object>> deciders = List.of(
          () -> {
            start.await();
            return affiliations.approve(decision, AffiliationWorld.as(org.ties()));
          },
          () -> {
            start.await();
            return affiliations.reject(decision, AffiliationWorld.as(org.itu()));
          });
      List<Future<Object>> futures = new ArrayList<>();
      deciders.forEach(d -> futures.add(pool.submit(d)));
      start.countDown();
      int won = 0;
      List<Throwable> lost = new ArrayList<>();
      for (Future<Object> f : futures) {
        try {
          f.get();
          won++;
        } catch (java.util.concurrent.ExecutionException e) {
          lost.add(e.getCause());
        }
      }

      assertThat(won).isEqualTo(1);
      assertThat(lost).singleElement().isInstanceOf(Conflict.class);
      Affiliation decided = affiliations.get(request.id(), world.operator);
      assertThat(decided.state()).isIn(AffiliationState.APPROVED, AffiliationState.REJECTED);
      assertThat(world.kernel.eventLog().trail("affiliation:" + request.id()))
          .filteredOn(e -> e instanceof AffiliationEvent.Approved || e instanceof AffiliationEvent.Rejected).hasSize(1);
      assertThat(world.delivered(user, decided.state() == AffiliationState.APPROVED
          ? "affiliation.approved" : "affiliation.rejected")).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @RepeatedTest(5)
  void decisionOnAStaleViewIsAConflictEvenWithoutAnotherDecision() {
    AffiliationWorld world = AffiliationWorld.create();
    Staffed org = world.staffed("Swisscom");
    Affiliation request = world.request(world.accounts.active("Ana", "Silva"), org.organisation(), false);

    assertThatThrownBy(() -> world.module.affiliations().approve(
        DecideAffiliation.builder().affiliation(request.id()).expectedVersion(request.version() - 1).build(),
        AffiliationWorld.as(org.ties()))).isInstanceOf(Conflict.class)
        .hasFieldOrPropertyWithValue("reason", KernelRefusals.STALE_VERSION);
  }
}
