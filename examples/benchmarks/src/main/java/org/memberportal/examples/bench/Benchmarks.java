/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.openjdk.jmh.runner.RunnerException;

/**
 * Runs the benchmarks B1 to B7 and prints each figure with its target and PASS/FAIL: the harness. Each family
 * measures in a class of its own ({@link ApprovalFigures} B1, B2 and B7, {@link GrowthFigures} B3 and B3pg,
 * {@link FootprintFigures} B4 and B5, {@link HashingFigures} B6), through {@link Measuring}. Every figure is a ratio of
 * two measurements taken side by side in one run (two JMH methods, or two JVMs started here), except B5's
 * bytes per account and B6's verify time, which are absolute. B1, B3pg and B7 run on an embedded PostgreSQL.
 *
 * <p>Options: {@code --quick} runs each benchmark once, in this JVM, at the small sizes (it checks that they
 * still run; its figures mean nothing); {@code --only B1,B3pg} picks benchmarks (B3pg is B3 on PostgreSQL, B7 B1
 * under concurrency);
 * {@code --large N} sets the large size of B3 and B5 (default 1,000,000); {@code --large-pg N} the large size of
 * B3pg (default 100,000).
 */
public final class Benchmarks {

  /**
   * One figure.
   *
   * @param id the benchmark, e.g. {@code B2}
   * @param what what was measured
   * @param value the ratio or the absolute value
   * @param unit how to read the value
   * @param target the target, in words
   * @param pass whether the value meets the target
   */
  public record Figure(String id, String what, double value, String unit, String target, boolean pass) {
    @Override
    public String toString() {
      return line(pass ? "PASS" : "FAIL");
    }

    /**
     * The figure as one line of the report, ending with the given verdict.
     *
     * @param verdict PASS, FAIL, or RAN in quick mode
     * @return the line
     */
    public String line(String verdict) {
      return String.format(Locale.ROOT, "%-4s %-80s %12.3f %-3s target %-15s %s", id, what, value, unit, target,
          verdict);
    }
  }

  private final boolean quick;
  private final Set<String> only;
  private final int large;
  private final int largePostgres;
  private final int migrated;
  private final PrintStream out;
  private final List<Figure> figures = new ArrayList<>();

  /**
   * Creates a run.
   *
   * @param quick whether to run each benchmark once only
   * @param only the benchmarks to run (empty: all)
   * @param large the large size of B3 and B5
   * @param out where progress and figures go
   */
  public Benchmarks(boolean quick, Set<String> only, int large, PrintStream out) {
    this(quick, only, large, 100_000, 1_000_000, out);
  }

  /**
   * Creates a run.
   *
   * @param quick whether to run each benchmark once only
   * @param only the benchmarks to run (empty: all), in upper case ({@code B3PG})
   * @param large the large size of B3 and B5
   * @param largePostgres the large size of B3pg
   * @param migrated the accounts B8 imports
   * @param out where progress and figures go
   */
  public Benchmarks(boolean quick, Set<String> only, int large, int largePostgres, int migrated, PrintStream out) {
    this.quick = quick;
    this.only = only;
    this.large = large;
    this.largePostgres = largePostgres;
    this.migrated = migrated;
    this.out = out;
  }

  /**
   * Parses the options and runs.
   *
   * @param args {@code [--quick] [--only B1,B3pg] [--large N] [--large-pg N] [--accounts N]}
   * @throws Exception when a benchmark cannot run
   */
  public static void main(String[] args) throws Exception {
    boolean quick = false;
    Set<String> only = new LinkedHashSet<>();
    int large = 1_000_000;
    int largePostgres = 100_000;
    int migrated = 1_000_000;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick" -> quick = true;
        case "--only" -> only.addAll(Arrays.asList(args[++i].toUpperCase(Locale.ROOT).split(",")));
        case "--large" -> large = Integer.parseInt(args[++i].replace("_", ""));
        case "--large-pg" -> largePostgres = Integer.parseInt(args[++i].replace("_", ""));
        case "--accounts" -> migrated = Integer.parseInt(args[++i].replace("_", ""));
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    List<Figure> figures = new Benchmarks(quick, only, large, largePostgres, migrated, System.out).run();
    // the exit code says whether every figure met its target (always 0 in quick mode)
    System.exit(quick || figures.stream().allMatch(Figure::pass) ? 0 : 1);
  }

  /**
   * Runs the chosen benchmarks.
   *
   * @return the figures
   * @throws RunnerException when JMH fails
   * @throws IOException when a probe JVM cannot start
   * @throws InterruptedException when interrupted while a probe runs
   */
  public List<Figure> run() throws RunnerException, IOException, InterruptedException {
    long started = System.nanoTime();
    if (quick) {
      // JMH's machine-wide lock would fail a CI build that runs while a full benchmark run is going on; quick mode
      // measures nothing, so it need not have the machine to itself
      System.setProperty("jmh.ignoreLock", "true");
    }
    double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    Measuring measuring = new Measuring(quick, out);
    ApprovalFigures approval = new ApprovalFigures(measuring);
    GrowthFigures growth = new GrowthFigures(measuring);
    FootprintFigures footprint = new FootprintFigures(measuring);
    if (wanted("B1")) {
      figures.addAll(approval.onPostgres());
    }
    if (wanted("B7")) {
      figures.addAll(approval.underConcurrency());
    }
    if (wanted("B2")) {
      figures.addAll(approval.inMemory());
    }
    if (wanted("B3")) {
      figures.addAll(growth.inMemory(large));
    }
    if (wanted("B3PG")) {
      figures.addAll(growth.onPostgres(largePostgres));
    }
    if (wanted("B4")) {
      figures.add(footprint.startUp());
    }
    if (wanted("B5")) {
      figures.add(footprint.memory(large));
    }
    if (wanted("B6")) {
      figures.addAll(new HashingFigures(measuring).figures());
    }
    if (wanted("B8")) {
      figures.addAll(new MigrationFigures(measuring).figures(migrated));
    }
    double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    out.println();
    out.println("==== Member Portal Domain benchmarks" + (quick ? " (QUICK MODE: figures are meaningless)" : "")
        + " ====");
    out.printf(Locale.ROOT, "cores %d, load average %.2f at start, %.2f at end, %.0f s, java %s%n",
        Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter, (System.nanoTime() - started) / 1e9,
        System.getProperty("java.version"));
    figures.forEach(f -> out.println(quick ? f.line("RAN") : f.toString()));
    return List.copyOf(figures);
  }

  private boolean wanted(String id) {
    return only.isEmpty() || only.contains(id);
  }
}
