/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.memberportal.kernel.testkit.MutableClock;

/**
 * The host's jobs in a cluster: several runners (instances with their own pools) on one database, calling
 * {@link PostgresJobs#runDue()} at the same moments, run each tick's job exactly once.
 */
class PostgresJobsTests {

  private static final DataSource DATABASE = EmbeddedDatabase.freshSchema("jobs");
  private static final List<DataSource> POOLS = new ArrayList<>();

  @AfterAll
  static void close() throws Exception {
    for (DataSource pool : POOLS) {
      ((AutoCloseable) pool).close();
    }
    ((AutoCloseable) DATABASE).close();
  }

  /** A runner of its own instance: its own pool and transactions on the shared database. */
  private static PostgresJobs instance(MutableClock clock, String name) {
    DataSource pool = EmbeddedDatabase.dataSource(EmbeddedDatabase.schemaOf(DATABASE));
    POOLS.add(pool);
    return new PostgresJobs(new PostgresTransactions(pool), clock, name);
  }

  /** Every runner calls {@code runDue} twice, all at once; answers what they ran. */
  private static List<PostgresJobs.Run> race(List<PostgresJobs> runners) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(runners.size() * 2);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<PostgresJobs.Run>>> answers = new ArrayList<>();
    for (PostgresJobs runner : runners) {
      for (int call = 0; call < 2; call++) {
        answers.add(threads.submit(() -> {
          start.await();
          return runner.runDue();
        }));
      }
    }
    start.countDown();
    List<PostgresJobs.Run> ran = new ArrayList<>();
    for (Future<List<PostgresJobs.Run>> answer : answers) {
      ran.addAll(answer.get(30, TimeUnit.SECONDS));
    }
    threads.shutdown();
    return ran;
  }

  @Test
  void eachTicksJobRunsExactlyOnceOnFourInstances() throws Exception {
    MutableClock clock = MutableClock.atStart();
    ConcurrentLinkedQueue<String> executed = new ConcurrentLinkedQueue<>();
    List<PostgresJobs> runners = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      runners.add(instance(clock, "instance-" + i)
          .every(Duration.ofSeconds(10), "relay", () -> executed.add("relay@" + clock.instant()))
          .every(Duration.ofMinutes(1), "expiry", () -> executed.add("expiry@" + clock.instant())));
    }

    List<PostgresJobs.Run> ran = new ArrayList<>();
    for (int round = 0; round < 30; round++) {
      ran.addAll(race(runners));
      clock.advance(Duration.ofSeconds(5));
    }

    // 150 s from 09:00:00: fifteen ticks of ten seconds, three of a minute, each run once by one of the four
    assertThat(ran).filteredOn(r -> r.job().equals("relay")).extracting(PostgresJobs.Run::tick)
        .containsExactlyInAnyOrderElementsOf(ticks(MutableClock.START, Duration.ofSeconds(10), 15));
    assertThat(ran).filteredOn(r -> r.job().equals("expiry")).extracting(PostgresJobs.Run::tick)
        .containsExactlyInAnyOrderElementsOf(ticks(MutableClock.START, Duration.ofMinutes(1), 3));
    assertThat(ran).hasSize(18).allMatch(PostgresJobs.Run::succeeded);
    assertThat(executed).hasSize(18).doesNotHaveDuplicates();
  }

  private static List<Instant> ticks(Instant first, Duration cadence, int count) {
    List<Instant> ticks = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ticks.add(first.plus(cadence.multipliedBy(i)));
    }
    return ticks;
  }

  @Test
  void aFailedJobIsNotRunAgainInItsTickAndRunsInTheNext() throws Exception {
    MutableClock clock = MutableClock.atStart();
    AtomicInteger attempts = new AtomicInteger();
    Runnable failsFirst = () -> {
      if (attempts.incrementAndGet() == 1) {
        throw new IllegalStateException("the mail server is down");
      }
    };
    List<PostgresJobs> runners = List.of(
        instance(clock, "a").every(Duration.ofMinutes(1), "close-due", failsFirst),
        instance(clock, "b").every(Duration.ofMinutes(1), "close-due", failsFirst));

    assertThat(race(runners)).singleElement().satisfies(r -> assertThat(r.succeeded()).isFalse());
    assertThat(race(runners)).isEmpty();
    assertThat(finishedAt("close-due")).isNull();

    clock.advance(Duration.ofMinutes(1));
    assertThat(race(runners)).singleElement().satisfies(r -> {
      assertThat(r.succeeded()).isTrue();
      assertThat(r.tick()).isEqualTo(MutableClock.START.plus(Duration.ofMinutes(1)));
    });
    assertThat(attempts).hasValue(2);
    assertThat(finishedAt("close-due")).isEqualTo(clock.instant());
  }

  private static Instant finishedAt(String job) throws SQLException {
    try (Connection c = DATABASE.getConnection();
        PreparedStatement s = c.prepareStatement("select finished_at from job_run where job = ?")) {
      s.setString(1, job);
      try (ResultSet rows = s.executeQuery()) {
        assertThat(rows.next()).isTrue();
        return Sql.instant(rows, "finished_at");
      }
    }
  }
}
