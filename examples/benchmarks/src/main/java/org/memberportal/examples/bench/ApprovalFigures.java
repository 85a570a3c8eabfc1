/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.memberportal.examples.bench.Benchmarks.Figure;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.RunnerException;

/**
 * B1 and B2, "a focal point approves an affiliation": the library against the hand-written floor of its
 * obligations, on PostgreSQL ({@link ApproveOnPostgresBenchmark}, run by {@link ApproveOnPostgresProbe}, against
 * {@link ExpertApprove}) and in memory ({@link ApproveBenchmark}, against {@link MapApprove}).
 *
 * @param measuring how the figures are measured
 */
record ApprovalFigures(Measuring measuring) {

  /**
   * B1: library / expert's floor throughput on PostgreSQL, the median of the probe's rounds, then the round trips
   * of the ten most used commands ({@link CommandRoundTrips}).
   *
   * @return the figures
   */
  List<Figure> onPostgres() throws RunnerException, IOException, InterruptedException {
    // each round: {library, floor} microseconds per approval
    List<double[]> results = new ArrayList<>();
    Consumer<String> lines = line -> {
      if (!line.startsWith(ApproveOnPostgresProbe.ROUND)) {
        measuring.out().println("B1 " + line);
        return;
      }
      String[] fields = line.split(" ");
      double[] times = {Double.parseDouble(fields[3]), Double.parseDouble(fields[4])};
      results.add(times);
      measuring.out().printf(Locale.ROOT, "B1 round %s (%s first): library %.0f us, floor %.0f us per approval:"
          + " %.3f x, load average %.2f%n", fields[1], fields[2], times[0], times[1], times[1] / times[0],
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    };
    if (measuring.quick()) {
      ApproveOnPostgresProbe.run(ApproveOnPostgresProbe.QUICK, lines);
    } else {
      Measuring.probe("B1", ApproveOnPostgresBenchmark.class, ApproveOnPostgresProbe.class, lines);
    }
    if (results.isEmpty()) {
      throw new IllegalStateException("B1 measured no round");
    }
    // throughput is the inverse of the time per approval; each round's ratio compares two chunks seconds apart, so
    // a drift of the machine cancels within it, and the median drops the rounds a burst of other work hit on one
    // side only; printed with the two times of the rounds it comes from
    int rounds = results.size();
    results.sort(Comparator.comparingDouble(r -> r[1] / r[0]));
    double[] low = results.get((rounds - 1) / 2);
    double[] high = results.get(rounds / 2);
    double ratio = (low[1] / low[0] + high[1] / high[0]) / 2;
    Figure b1 = new Figure("B1", String.format(Locale.ROOT,
        "approve on PostgreSQL: library / expert's floor, median of %d rounds (%s)", rounds,
        low == high ? String.format(Locale.ROOT, "%.0f vs %.0f us", low[0], low[1])
            : String.format(Locale.ROOT, "%.0f vs %.0f and %.0f vs %.0f us", low[0], low[1], high[0], high[1])),
        ratio, "x", ">= 0.8", ratio >= 0.8);
    List<Figure> figures = new ArrayList<>(List.of(b1));
    figures.addAll(CommandRoundTrips.figures());
    return figures;
  }

  /**
   * B7: library / expert's floor throughput on PostgreSQL at 1, 2, 4, 8 and 16 client threads over two library
   * instances, each level failing when the database shows a lost or doubled approval or letter; then the race of
   * the two instances on the same requests, for each side: approvals / requests must be exactly 1.
   *
   * @return the figures
   */
  List<Figure> underConcurrency() throws RunnerException, IOException, InterruptedException {
    List<Figure> figures = new ArrayList<>();
    Consumer<String> lines = line -> {
      String[] f = line.split(" ");
      if (line.startsWith(ConcurrentApproveProbe.LEVEL)) {
        double library = Double.parseDouble(f[2]);
        double floor = Double.parseDouble(f[3]);
        measuring.out().printf(Locale.ROOT, "B7 %s threads: library %.0f, floor %.0f approvals/s, database %s%n",
            f[1], library, floor, f[4]);
        figures.add(new Figure("B7", String.format(Locale.ROOT,
            "approve, %2s threads on 2 instances: library / floor (%.0f vs %.0f per s)%s", f[1], library, floor,
            f[4].equals("ok") ? "" : ", " + f[4]), library / floor, "x", ">= 0.8",
            library / floor >= 0.8 && f[4].equals("ok")));
      } else if (line.startsWith(ConcurrentApproveProbe.RACE)) {
        measuring.out().println("B7 " + line);
        double once = Double.parseDouble(f[3]) / Double.parseDouble(f[2]);
        figures.add(new Figure("B7", String.format(Locale.ROOT,
            "%s: 2 instances approve the same %s requests: approved / requests (%s refused, %s failed)%s", f[1],
            f[2], f[4], f[5], f[6].equals("ok") ? "" : ", " + f[6]), once, "x", "== 1",
            once == 1 && f[5].equals("0") && f[6].equals("ok")));
      } else {
        measuring.out().println("B7 " + line);
      }
    };
    if (measuring.quick()) {
      ConcurrentApproveProbe.run(ConcurrentApproveProbe.QUICK, lines);
    } else {
      Measuring.probe("B7", ConcurrentApproveBenchmark.class, ConcurrentApproveProbe.class, lines);
    }
    return figures;
  }

  /**
   * B2: library / hand-written floor ({@link MapApprove}) time in memory, the target of decision 1, and library /
   * bare baseline, the first ratio, reported.
   *
   * @return the two figures
   */
  List<Figure> inMemory() throws RunnerException {
    boolean quick = measuring.quick();
    Collection<RunResult> results = measuring.jmh(ApproveBenchmark.class, TimeUnit.MILLISECONDS,
        o -> quick ? o.warmupBatchSize(50).measurementBatchSize(50) : o);
    double library = Measuring.median(results, "library");
    double baseline = Measuring.median(results, "baseline");
    double floor = Measuring.median(results, "floor");
    double ratio = library / floor;
    return List.of(
        // decision 1: the library is held to the floor of its obligations, hand-written over plain maps
        new Figure("B2", String.format(Locale.ROOT, "approve in memory: library / hand-written floor (%.1f vs %.1f us)",
            perApproval(library), perApproval(floor)), ratio, "x", "<= 1.25", ratio <= 1.25),
        // the first ratio, against validating and writing a map only: out of reach of the obligations
        new Figure("B2", String.format(Locale.ROOT, "approve in memory: library / bare baseline (%.1f vs %.1f us)",
            perApproval(library), perApproval(baseline)), library / baseline, "x", "(reported)", true));
  }

  private double perApproval(double batchMillis) {
    return batchMillis * 1000 / (measuring.quick() ? 50 : ApproveBenchmark.BATCH);
  }
}
