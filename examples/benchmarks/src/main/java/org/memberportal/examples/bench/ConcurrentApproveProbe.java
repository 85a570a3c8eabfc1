/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.DecideAffiliation;
import org.memberportal.kernel.PortalException;
import org.memberportal.kernel.Unavailable;
import org.memberportal.postgres.DatabaseFailure;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * B7's JVM: {@link ConcurrentApproveBenchmark}'s two sides at 1, 2, 4, 8 and 16 threads over two library instances,
 * alternating in ABBA rounds of short chunks (each a JMH run without forking) as {@link ApproveOnPostgresProbe} does
 * for B1, so that both sides share the server, the schema, the pools and the JIT. After each level it checks the
 * database: every request made was approved exactly once, with exactly one {@code AffiliationApproved} event and
 * one letter of three parameters, and none is left pending.
 *
 * Then each side races: two threads, one per instance, approve the same requests, and each must be approved once.
 *
 * <p>Prints {@code level <threads> <library approvals/s> <floor approvals/s> <check>} per level, each side's
 * throughput the median of its chunks, where {@code check} is {@code ok} or what is wrong, then
 * {@code race <side> <requests> <approved> <refused> <failed> <check>} per side.
 */
public final class ConcurrentApproveProbe {

  /** The start of each level's line. */
  static final String LEVEL = "level ";
  /** The start of each race's line. */
  static final String RACE = "race ";
  /** The client threads of each level. */
  static final List<Integer> THREADS = List.of(1, 2, 4, 8, 16);

  /**
   * How much to run.
   *
   * @param batch approvals per iteration, over all threads (a multiple of 16)
   * @param batches iterations per chunk
   * @param warmUpRounds rounds run and not counted, before the first level
   * @param rounds rounds per level
   */
  record Plan(int batch, int batches, int warmUpRounds, int rounds) {}

  /**
   * The harness's plan: 2 rounds (ABBA) of 3 batches of 240 a side per level, after 4 warm-up rounds at 2 threads
   * (2,880 approvals a side: with 2 rounds, 1,440, the library's path was still being compiled, and the first level
   * read 281 approvals per second at 1 thread, where B1 reads about 700). 4 rounds a level took B7 to 6 minutes on
   * the loaded machine.
   */
  static final Plan FULL = new Plan(240, 3, 4, 2);
  /** Quick mode's: one round of one batch of 16 a side per level. */
  static final Plan QUICK = new Plan(16, 1, 0, 1);

  private ConcurrentApproveProbe() {}

  /**
   * Runs the harness's plan, printing the levels.
   *
   * @param args none
   * @throws RunnerException when JMH fails
   */
  public static void main(String[] args) throws RunnerException {
    run(FULL, System.out::println);
  }

  /**
   * Runs a plan in this JVM.
   *
   * @param plan how much
   * @param out receives the warm-up's progress and one {@link #LEVEL} line per level
   * @throws RunnerException when JMH fails
   */
  static void run(Plan plan, Consumer<String> out) throws RunnerException {
    for (int round = 0; round < plan.warmUpRounds(); round++) {
      out.accept(String.format(Locale.ROOT, "warm-up round %d: library %.0f, floor %.0f approvals/s", round + 1,
          chunk(plan, "library", 2), chunk(plan, "floor", 2)));
    }
    for (int threads : THREADS) {
      double[] library = new double[plan.rounds()];
      double[] floor = new double[plan.rounds()];
      for (int round = 0; round < plan.rounds(); round++) {
        if (round % 2 == 0) {
          library[round] = chunk(plan, "library", threads);
          floor[round] = chunk(plan, "floor", threads);
        } else {
          floor[round] = chunk(plan, "floor", threads);
          library[round] = chunk(plan, "library", threads);
        }
      }
      out.accept(String.format(Locale.ROOT, "%s%d %f %f %s", LEVEL, threads, median(library), median(floor),
          check()));
    }
    for (String side : List.of("library", "floor")) {
      out.accept(RACE + side + " " + race(side, plan.batch()) + " " + check());
    }
  }

  /**
   * Two threads, one per instance, approve the same requests in the same order, so that most decisions race: each
   * request must be approved once, the other attempt refused.
   *
   * @return {@code <requests> <approved> <refused> <failed>}
   */
  private static String race(String side, int requests) {
    List<PostgresWorld> instances = DataSets.once(ConcurrentApproveBenchmark.class, 0,
        ConcurrentApproveBenchmark::instances);
    List<Affiliation> pending = instances.get(0).pendingRequests(requests);
    AtomicInteger approved = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    CyclicBarrier start = new CyclicBarrier(2);
    List<Thread> threads = instances.stream().map(world -> new Thread(() -> {
      ExpertApprove expert = new ExpertApprove(world.pool);
      try {
        start.await();
      } catch (InterruptedException | BrokenBarrierException e) {
        throw new IllegalStateException(e);
      }
      for (Affiliation request : pending) {
        try {
          if (side.equals("library")) {
            world.module.affiliations().approve(DecideAffiliation.builder().affiliation(request.id()).build(),
                world.asFocalPoint);
          } else {
            expert.approve(request.id().value(), world.focalPoint.id().value());
          }
          approved.incrementAndGet();
        } catch (Unavailable e) {
          failed.incrementAndGet();
        } catch (PortalException | IllegalStateException e) {
          refused.incrementAndGet();
        } catch (SQLException | RuntimeException e) {
          failed.incrementAndGet();
        }
      }
    })).toList();
    threads.forEach(Thread::start);
    for (Thread t : threads) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    return requests + " " + approved + " " + refused + " " + failed;
  }

  /** One side's chunk at a number of threads: approvals per second in its median iteration. */
  private static double chunk(Plan plan, String method, int threads) throws RunnerException {
    double millis = new Runner(new OptionsBuilder()
        .include(ConcurrentApproveBenchmark.class.getName().replace(".", "\\.") + "\\." + method + "$")
        .forks(0).threads(threads).warmupIterations(0).measurementIterations(plan.batches())
        .measurementBatchSize(plan.batch() / threads).param("batch", String.valueOf(plan.batch()))
        .timeUnit(TimeUnit.MILLISECONDS).verbosity(VerboseMode.SILENT).build())
        .runSingle().getPrimaryResult().getStatistics().getPercentile(50);
    // each thread's shot is the time of its share; the threads start together, so the batch took about as long
    return plan.batch() * 1000 / millis;
  }

  private static double median(double[] values) {
    return Measuring.median(Arrays.stream(values).boxed().toList());
  }

  /** What is wrong with the approvals so far, or {@code ok}. */
  static String check() {
    PostgresWorld world = DataSets.once(ConcurrentApproveBenchmark.class, 0, ConcurrentApproveBenchmark::instances)
        .get(0);
    String[] problems = {
        "select count(*) || ' left pending' from affiliation where state <> 'APPROVED'",
        "select count(*) || ' approved without exactly one event' from affiliation a where (select count(*)"
            + " from event_log e where e.subject = 'affiliation:' || a.id and e.type = 'AffiliationApproved') <> 1",
        "select count(*) || ' approved without exactly one letter' from affiliation a where (select count(*)"
            + " from outbox o where o.idempotency_key = 'affiliation.approved:' || a.id || ':' || a.account_id) <> 1",
        "select count(*) || ' letters without three parameters' from outbox o where o.kind = 'affiliation.approved'"
            + " and (select count(*) from outbox_parameter p where p.idempotency_key = o.idempotency_key) <> 3",
        "select count(*) || ' approval events too many' from event_log e where e.type = 'AffiliationApproved'"
            + " and not exists (select 1 from affiliation a where e.subject = 'affiliation:' || a.id)"};
    StringBuilder wrong = new StringBuilder();
    try (Connection c = world.pool.getConnection()) {
      for (String sql : problems) {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
          r.next();
          if (!r.getString(1).startsWith("0 ")) {
            wrong.append(wrong.length() == 0 ? "" : ",").append(r.getString(1).replace(' ', '_'));
          }
        }
      }
    } catch (SQLException e) {
      throw new DatabaseFailure(e);
    }
    return wrong.length() == 0 ? "ok" : wrong.toString();
  }
}
