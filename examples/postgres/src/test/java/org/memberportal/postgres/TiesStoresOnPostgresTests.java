/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.memberportal.affiliation.membership.AffiliationId;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.KernelRefusals;
import org.memberportal.ties.access.TiesAccount;
import org.memberportal.ties.access.TiesOrigin;
import org.memberportal.ties.access.TiesRequest;
import org.memberportal.ties.access.TiesState;
import org.memberportal.ties.handover.PendingHandOver;

/** The TIES stores across two independent instances (own pools and transactions) on one database. */
class TiesStoresOnPostgresTests {

  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  private static final DataSource FIRST = EmbeddedDatabase.freshSchema("ties_stores");
  private static final DataSource SECOND = EmbeddedDatabase.dataSource(EmbeddedDatabase.schemaOf(FIRST));
  private static final List<PostgresTransactions> INSTANCES =
      List.of(new PostgresTransactions(FIRST), new PostgresTransactions(SECOND));

  @AfterAll
  static void close() {
    ((HikariDataSource) FIRST).close();
    ((HikariDataSource) SECOND).close();
  }

  /** Runs each task on its own thread, all released at once, and returns what each returned or threw. */
  private static List<Object> race(List<Callable<Object>> tasks) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(tasks.size());
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Object>> results = new ArrayList<>();
      for (Callable<Object> task : tasks) {
        results.add(threads.submit(() -> {
          start.await();
          try {
            return task.call();
          } catch (Conflict e) {
            return e;
          }
        }));
      }
      start.countDown();
      List<Object> outcomes = new ArrayList<>();
      for (Future<Object> result : results) {
        outcomes.add(result.get());
      }
      return outcomes;
    } finally {
      threads.shutdown();
    }
  }

  @Test
  void ofUpdatesOfOneVersionOnTwoInstancesExactlyOneStands() throws Exception {
    AccountId account = AccountId.random();
    TiesAccount requested = TiesAccount.builder().account(account).changedAt(T0)
        .addRequests(new TiesRequest(OrganisationId.random(), AffiliationId.random(), TiesOrigin.USER_REQUEST, T0,
            TiesState.REQUESTED, Optional.empty(), Optional.empty()))
        .build();
    PostgresTiesAccountRegister first = new PostgresTiesAccountRegister(INSTANCES.get(0));
    TiesAccount stored = INSTANCES.get(0).inTransaction(() -> first.add(requested));

    List<Callable<Object>> saves = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      PostgresTransactions tx = INSTANCES.get(i % 2);
      PostgresTiesAccountRegister register = new PostgresTiesAccountRegister(tx);
      TiesState state = i % 2 == 0 ? TiesState.ACTIVE : TiesState.REJECTED;
      TiesAccount decided = stored.withRequests(List.of(stored.current().moveTo(state, Optional.of(T0),
          Optional.empty())));
      saves.add(() -> tx.inTransaction(() -> register.update(decided)));
    }
    List<Object> outcomes = race(saves);

    List<Object> stood = outcomes.stream().filter(TiesAccount.class::isInstance).toList();
    assertThat(stood).hasSize(1);
    assertThat(outcomes).filteredOn(Conflict.class::isInstance).hasSize(7)
        .allSatisfy(c -> assertThat(((Conflict) c).reason()).isEqualTo(KernelRefusals.STALE_VERSION));
    TiesAccount winner = (TiesAccount) stood.get(0);
    PostgresTiesAccountRegister second = new PostgresTiesAccountRegister(INSTANCES.get(1));
    assertThat(second.find(account)).contains(winner);
    assertThat(second.isActive(account)).isEqualTo(winner.state() == TiesState.ACTIVE);
  }

  @Test
  void aTokenIsTakenOnceAcrossInstances() throws Exception {
    PendingHandOver handOver = PendingHandOver.builder().tokenHash("raced-hash").organisation(OrganisationId.random())
        .former(AccountId.random()).successor(AccountId.random()).preparedBy(AccountId.random())
        .expiresAt(T0).build();
    INSTANCES.get(0).inTransaction(() -> {
      new PostgresPendingHandOvers(INSTANCES.get(0)).add(handOver);
      return handOver;
    });

    List<Callable<Object>> takes = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      PostgresTransactions tx = INSTANCES.get(i % 2);
      PostgresPendingHandOvers pending = new PostgresPendingHandOvers(tx);
      takes.add(() -> tx.inTransaction(() -> pending.remove("raced-hash")));
    }
    List<Object> outcomes = race(takes);

    assertThat(outcomes).filteredOn(o -> ((Optional<?>) o).isPresent()).containsExactly(Optional.of(handOver));
  }
}
