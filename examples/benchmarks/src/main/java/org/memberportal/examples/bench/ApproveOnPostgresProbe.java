/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.bench;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * B1's JVM: both sides of {@link ApproveOnPostgresBenchmark} in this one JVM, on one embedded PostgreSQL and one
 * schema, measured alternately in short chunks, each chunk a JMH run without forking. A fork per side gave each side
 * its own server and its own JIT, and those moved single ratios from 0.7x to 1.4x; here the two sides differ only in
 * the client code and the SQL they run. Rounds go library then floor, then floor then library (ABBA), so a side
 * running second in a round has no steady advantage, and a drift of the machine or of the growing tables between two chunks seconds
 * apart hits both alike. The first rounds only warm up: the JIT compiles both sides' paths, alternating as measured,
 * so the code shared by the two (pgjdbc, the pool) is compiled for the mix that is then timed.
 *
 * <p>Prints {@code round <n> <library|floor> <library us> <floor us>} per measured round (who ran first, each side's
 * median batch per approval); the harness turns these into B1's lines and figure.
 */
public final class ApproveOnPostgresProbe {

  /** The start of each measured round's line. */
  static final String ROUND = "round ";

  /**
   * How much to run.
   *
   * @param batch approvals per iteration
   * @param batches iterations per chunk
   * @param warmUpRounds rounds run and not counted
   * @param rounds rounds counted (even, so that each side runs first as often)
   */
  record Plan(int batch, int batches, int warmUpRounds, int rounds) {}

  /**
   * The harness's plan: 5 warm-up rounds (6,250 approvals a side; the library's path left the JIT's profiling
   * tier after about 3,000 in trial runs), then 10 measured rounds (12,500 approvals a side). In trial runs on the
   * shared 2-core machine, chunks of one batch gave rounds from 0.65x to 1.53x (the machine's bursts are about a
   * batch long); of three or five batches most rounds fell within 0.9x-1.05x, with one to three outliers a run that
   * the median of the rounds leaves out.
   */
  static final Plan FULL = new Plan(ApproveOnPostgresBenchmark.BATCH, ApproveOnPostgresBenchmark.BATCHES, 5, 10);
  /** Quick mode's: one round of one small batch a side, only to check that both still run. */
  static final Plan QUICK = new Plan(20, 1, 0, 1);

  private ApproveOnPostgresProbe() {}

  /**
   * Runs the harness's plan, printing the rounds.
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
   * @param out receives the warm-up's progress and one {@link #ROUND} line per measured round
   * @throws RunnerException when JMH fails
   */
  static void run(Plan plan, Consumer<String> out) throws RunnerException {
    for (int round = 1 - plan.warmUpRounds(); round <= plan.rounds(); round++) {
      // odd rounds (warm-up ones included, so the measured rounds continue the pattern) start with the library
      boolean libraryFirst = Math.floorMod(round, 2) == 1;
      double library;
      double floor;
      if (libraryFirst) {
        library = chunk(plan, "library");
        floor = chunk(plan, "floor");
      } else {
        floor = chunk(plan, "floor");
        library = chunk(plan, "library");
      }
      out.accept(round > 0
          ? String.format(Locale.ROOT, "%s%d %s %f %f", ROUND, round, libraryFirst ? "library" : "floor", library,
              floor)
          : String.format(Locale.ROOT, "warm-up round %d: library %.0f us, floor %.0f us per approval", round
              + plan.warmUpRounds(), library, floor));
    }
  }

  /** One side's chunk: microseconds per approval in its median batch. */
  private static double chunk(Plan plan, String method) throws RunnerException {
    return new Runner(new OptionsBuilder()
        .include(ApproveOnPostgresBenchmark.class.getName().replace(".", "\\.") + "\\." + method + "$")
        .forks(0).warmupIterations(0).measurementIterations(plan.batches()).measurementBatchSize(plan.batch())
        .param("batch", String.valueOf(plan.batch())).timeUnit(TimeUnit.MICROSECONDS)
        // dozens of JMH runs: their banners would bury the rounds
        .verbosity(VerboseMode.SILENT).build())
        .runSingle().getPrimaryResult().getStatistics().getPercentile(50) / plan.batch();
  }
}
