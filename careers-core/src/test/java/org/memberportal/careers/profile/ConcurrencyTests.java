/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.memberportal.careers.candidate.CreateCandidateAccount;
import org.memberportal.careers.candidate.StaffRelation;
import org.memberportal.careers.testkit.CareersWorld;
import org.memberportal.careers.testkit.ProfileFixtures;
import org.memberportal.kernel.Actor;
import org.memberportal.careers.Candidate;
import org.memberportal.careers.CandidateId;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.Secret;

class ConcurrencyTests {

  private final CareersWorld world = new CareersWorld();

  private static List<Object> race(int n, Callable<Object> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Object>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        futures.add(pool.submit(() -> {
          start.await();
          try {
            return task.call();
          } catch (Conflict e) {
            return e;
          }
        }));
      }
      start.countDown();
      List<Object> results = new ArrayList<>();
      for (Future<Object> f : futures) {
        results.add(f.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void twoEditsBasedOnTheSameVersionOneWinsTheOtherConflicts() throws Exception {
    CandidateId amina = CandidateId.random();
    List<Object> results = race(4, () -> world.candidateProfiles.addEntry(AddEntry.builder().candidate(amina)
        .expectedVersion(0).entry(ProfileFixtures.french()).build(), Candidate.of(amina)));

    assertThat(results).filteredOn(Conflict.class::isInstance).hasSize(3);
    assertThat(world.profiles.find(amina).orElseThrow().entries()).hasSize(1);
    assertThat(world.version(amina)).isEqualTo(1);
  }

  @Test
  void twoSignUpsWithOneAddressMakeExactlyOneAccount() throws Exception {
    race(4, () -> world.careersAccounts.createAccount(CreateCandidateAccount.builder().email("same@example.org")
        .firstName("Ana").lastName("Silva").language(Locale.ENGLISH).relation(StaffRelation.NONE)
        .password(Secret.of("Blue-Heron-42-Lake")).passwordConfirmation(Secret.of("Blue-Heron-42-Lake")).build(),
        Actor.anonymous()));

    assertThat(world.accounts.all()).hasSize(1);
  }
}
