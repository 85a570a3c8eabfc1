/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.RepeatedTest;
import org.memberportal.account.AccountSummary;
import org.memberportal.affiliation.testkit.AffiliationWorld.Staffed;
import org.memberportal.kernel.Conflict;
import org.memberportal.ties.testkit.TiesWorld;

/** X3: two focal points deciding the same TIES request at once: exactly one wins, the other gets a conflict. */
class ConcurrentTiesDecisionTests {

  @RepeatedTest(10)
  void twoFocalPointsDecidingTheSameRequestAtOnceExactlyOneWins() throws Exception {
    TiesWorld world = TiesWorld.create();
    Staffed org = world.staffed("Swisscom");
    AccountSummary user = world.requester(org, "Ana", "Silva");
    DecideTiesRequest decide = DecideTiesRequest.builder().account(user.id()).build();
    CountDownLatch start = new CountDownLatch(1);
    List<Callable<String>> deciders = List.of(
        decider(start, () -> world.access().approve(decide, TiesWorld.as(org.ties()))),
        decider(start, () -> world.access().reject(decide, TiesWorld.as(org.itu()))));

    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (Callable<String> d : deciders) {
        results.add(pool.submit(d));
      }
      start.countDown();
      List<String> outcomes = new ArrayList<>();
      for (Future<String> f : results) {
        outcomes.add(f.get());
      }

      assertThat(outcomes).containsExactlyInAnyOrder("won", "ties.already-decided");
    } finally {
      pool.shutdownNow();
    }
    TiesState state = world.register.find(user.id()).orElseThrow().state();
    assertThat(state).isIn(TiesState.ACTIVE, TiesState.REJECTED);
    assertThat(world.events(TiesAccessEvent.Approved.class).size() + world.events(TiesAccessEvent.Rejected.class).size())
        .isEqualTo(1);
    assertThat(world.delivered(user, "ties.approved").size() + world.delivered(user, "ties.rejected").size())
        .isEqualTo(1);
  }

  private static Callable<String> decider(CountDownLatch start, Runnable decision) {
    return () -> {
      start.await();
      try {
        decision.run();
        return "won";
      } catch (Conflict e) {
        return e.reason();
      }
    };
  }
}
