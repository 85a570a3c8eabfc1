/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs the benchmarks B1 to B6 and prints each figure with its target and PASS/FAIL. Every figure is a ratio of
 * two measurements taken side by side in one run (two JMH methods, or two JVMs started here), except B5's
 * bytes per account and B6's verify time, which are absolute. B1 and B3pg run on an embedded PostgreSQL.
 *
 * <p>Options: {@code --quick} runs each benchmark once, in this JVM, at the small sizes (it checks that they
 * still run; its figures mean nothing); {@code --only B1,B3pg} picks benchmarks (B3pg is B3 on PostgreSQL);
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
    this(quick, only, large, 100_000, out);
  }

  /**
   * Creates a run.
   *
   * @param quick whether to run each benchmark once only
   * @param only the benchmarks to run (empty: all), in upper case ({@code B3PG})
   * @param large the large size of B3 and B5
   * @param largePostgres the large size of B3pg
   * @param out where progress and figures go
   */
  public Benchmarks(boolean quick, Set<String> only, int large, int largePostgres, PrintStream out) {
    this.quick = quick;
    this.only = only;
    this.large = large;
    this.largePostgres = largePostgres;
    this.out = out;
  }

  /**
   * Parses the options and runs.
   *
   * @param args {@code [--quick] [--only B1,B3pg] [--large N] [--large-pg N]}
   * @throws Exception when a benchmark cannot run
   */
  public static void main(String[] args) throws Exception {
    boolean quick = false;
    Set<String> only = new LinkedHashSet<>();
    int large = 1_000_000;
    int largePostgres = 100_000;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick" -> quick = true;
        case "--only" -> only.addAll(Arrays.asList(args[++i].toUpperCase(Locale.ROOT).split(",")));
        case "--large" -> large = Integer.parseInt(args[++i].replace("_", ""));
        case "--large-pg" -> largePostgres = Integer.parseInt(args[++i].replace("_", ""));
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    List<Figure> figures = new Benchmarks(quick, only, large, largePostgres, System.out).run();
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
    if (wanted("B1")) {
      approveOnPostgres();
    }
    if (wanted("B2")) {
      approve();
    }
    if (wanted("B3")) {
      growth();
    }
    if (wanted("B3PG")) {
      growthOnPostgres();
    }
    if (wanted("B4")) {
      startup();
    }
    if (wanted("B5")) {
      memory();
    }
    if (wanted("B6")) {
      hashing();
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

  // -------------------------------------------------------------------------------------------------- B1

  private void approveOnPostgres() throws RunnerException, IOException, InterruptedException {
    // each round: {library, baseline} microseconds per approval
    List<double[]> results = new ArrayList<>();
    Consumer<String> lines = line -> {
      if (!line.startsWith(ApproveOnPostgresProbe.ROUND)) {
        out.println("B1 " + line);
        return;
      }
      String[] fields = line.split(" ");
      double[] times = {Double.parseDouble(fields[3]), Double.parseDouble(fields[4])};
      results.add(times);
      out.printf(Locale.ROOT, "B1 round %s (%s first): library %.0f us, JDBC %.0f us per approval: %.3f x, load"
          + " average %.2f%n", fields[1], fields[2], times[0], times[1], times[1] / times[0],
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    };
    if (quick) {
      ApproveOnPostgresProbe.run(ApproveOnPostgresProbe.QUICK, lines);
    } else {
      probe("B1", ApproveOnPostgresBenchmark.class, ApproveOnPostgresProbe.class, lines);
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
    figures.add(new Figure("B1", String.format(Locale.ROOT,
        "approve on PostgreSQL: library / JDBC throughput, median of %d rounds (%s)", rounds,
        low == high ? String.format(Locale.ROOT, "%.0f vs %.0f us", low[0], low[1])
            : String.format(Locale.ROOT, "%.0f vs %.0f and %.0f vs %.0f us", low[0], low[1], high[0], high[1])),
        ratio, "x", ">= 0.8", ratio >= 0.8));
  }

  // -------------------------------------------------------------------------------------------------- B2

  private void approve() throws RunnerException {
    Collection<RunResult> results = jmh(ApproveBenchmark.class, o -> quick ? o.warmupBatchSize(50)
        .measurementBatchSize(50) : o);
    double library = median(results, "library");
    double baseline = median(results, "baseline");
    double floor = median(results, "floor");
    double ratio = library / baseline;
    figures.add(new Figure("B2", String.format(Locale.ROOT, "approve in memory: library / baseline (%.1f vs %.1f us)",
        perApproval(library), perApproval(baseline)), ratio, "x", "<= 2", ratio <= 2));
    // what the rules' obligations cost by themselves, hand-written (MapApprove): the target's reach, reported
    figures.add(new Figure("B2", String.format(Locale.ROOT,
        "approve in memory: hand-written floor / baseline (%.1f vs %.1f us)", perApproval(floor),
        perApproval(baseline)), floor / baseline, "x", "(reported)", true));
  }

  private double perApproval(double batchMillis) {
    return batchMillis * 1000 / (quick ? 50 : ApproveBenchmark.BATCH);
  }

  // -------------------------------------------------------------------------------------------------- B3

  private void growth() throws RunnerException, IOException, InterruptedException {
    growth("B3", GrowthBenchmark.class, large, "");
  }

  private void growthOnPostgres() throws RunnerException, IOException, InterruptedException {
    growth("B3pg", GrowthOnPostgresBenchmark.class, largePostgres, "PostgreSQL ");
  }

  private void growth(String id, Class<?> benchmark, int largeSize, String where)
      throws RunnerException, IOException, InterruptedException {
    String small = "1000";
    String big = quick ? small : String.valueOf(largeSize);
    List<String> reads = List.of("pendingRequestsPage", "manageMyUsersSearch", "myRequests",
        "jobOpeningsKeywordSearch", "jobOpeningsFirstPage", "jobAlertMatching");
    Map<String, Double> atSmall = new HashMap<>();
    Map<String, Double> atLarge;
    if (quick) {
      Collection<RunResult> results = jmh(benchmark, o -> o.param("records", small));
      reads.forEach(read -> atSmall.put(read, median(results, read)));
      atLarge = atSmall;
    } else {
      // one JVM per size, each loading its data sets once (JMH forking each read would reload them every time)
      atSmall.putAll(growthProbe(id, benchmark, small));
      atLarge = growthProbe(id, benchmark, big);
    }
    for (String method : reads) {
      double ratio = atLarge.get(method) / atSmall.get(method);
      figures.add(new Figure(id, String.format(Locale.ROOT, "%s%s: %s / %s records (%.1f vs %.1f us)", where,
          method, big, small, atLarge.get(method), atSmall.get(method)), ratio, "x", "<= 2", ratio <= 2));
    }
  }

  /** Runs a growth benchmark at one size in a JVM of its own ({@link GrowthProbe}), echoing its progress. */
  private Map<String, Double> growthProbe(String id, Class<?> benchmark, String records)
      throws IOException, InterruptedException {
    Map<String, Double> medians = new HashMap<>();
    probe(id + " at " + records, benchmark, GrowthProbe.class, line -> {
      if (line.startsWith(GrowthProbe.MEDIAN)) {
        String[] fields = line.split(" ");
        medians.put(fields[1], Double.parseDouble(fields[2]));
      } else {
        out.println(id + " at " + records + ": " + line);
      }
    }, benchmark.getName(), records);
    if (medians.size() != 6) {
      throw new IllegalStateException(id + " at " + records + " records printed " + medians.size() + " reads");
    }
    return medians;
  }

  // -------------------------------------------------------------------------------------------------- B4

  private void startup() throws IOException, InterruptedException {
    int rounds = quick ? 1 : 7;
    List<Double> services = new ArrayList<>();
    List<Double> validator = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      // alternate the two sides so that a change in the machine's load hits both alike
      services.add(probe("services"));
      validator.add(probe("validator"));
    }
    double s = median(services);
    double v = median(validator);
    double ratio = s / v;
    figures.add(new Figure("B4", String.format(Locale.ROOT,
        "start-up: every service / validator only (median %.0f vs %.0f ms)", s, v), ratio, "x", "<= 1.3",
        ratio <= 1.3));
  }

  private double probe(String side) throws IOException, InterruptedException {
    if (quick) {
      long t = System.nanoTime();
      Object built = side.equals("services") ? StartupProbe.everyService() : StartupProbe.validatorOnly();
      out.println("B4 " + side + " built " + built.getClass().getSimpleName());
      return (System.nanoTime() - t) / 1e6;
    }
    long t = System.nanoTime();
    Process p = java(List.of("-Xshare:auto"), StartupProbe.class.getName(), side).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IllegalStateException("start-up probe " + side + " failed: " + output);
    }
    double ms = (System.nanoTime() - t) / 1e6;
    out.printf(Locale.ROOT, "B4 %s JVM: %.0f ms%n", side, ms);
    return ms;
  }

  // -------------------------------------------------------------------------------------------------- B5

  private void memory() throws IOException, InterruptedException {
    double bytes;
    if (quick) {
      bytes = MemoryProbe.bytesPerAccount(1_000);
    } else {
      Process p = java(List.of("-Xms6g", "-Xmx6g", "-XX:+UseParallelGC"), MemoryProbe.class.getName(),
          String.valueOf(large)).start();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (p.waitFor() != 0) {
        throw new IllegalStateException("memory probe failed: " + output);
      }
      String line = output.lines().filter(l -> l.startsWith("bytes-per-account ")).findFirst()
          .orElseThrow(() -> new IllegalStateException("memory probe printed no figure: " + output));
      bytes = Double.parseDouble(line.substring("bytes-per-account ".length()));
    }
    figures.add(new Figure("B5", String.format(Locale.ROOT,
        "retained heap per account, affiliation and TIES grant, %,d accounts", quick ? 1_000 : large), bytes, "B",
        "<= 1024", bytes <= 1024));
  }

  // -------------------------------------------------------------------------------------------------- B6

  private void hashing() throws RunnerException {
    Collection<RunResult> results = jmh(HashingBenchmark.class, o -> o);
    double verify = score(results, "verify");
    double known = score(results, "signInKnown");
    double unknown = score(results, "signInUnknown");
    figures.add(new Figure("B6", "default hasher (Argon2id m=19MiB t=2 p=1) verify time", verify, "ms",
        "(reported)", true));
    double ratio = unknown / known;
    figures.add(new Figure("B6", String.format(Locale.ROOT, "sign-in: unknown / known email (%.1f vs %.1f ms)",
        unknown, known), ratio, "x", "in [0.8, 1.25]", ratio >= 0.8 && ratio <= 1.25));
  }

  // -------------------------------------------------------------------------------------------------- JMH

  /** Adjusts a benchmark's options. */
  private interface Tuning {
    ChainedOptionsBuilder apply(ChainedOptionsBuilder options);
  }

  /** Runs a benchmark class's methods. */
  private Collection<RunResult> jmh(Class<?> benchmark, Tuning tuning) throws RunnerException {
    ChainedOptionsBuilder options = new OptionsBuilder().include(benchmark.getName().replace(".", "\\.") + "\\.");
    if (quick) {
      // once each, in this JVM: only checks that the benchmarks still run
      options = options.forks(0).warmupIterations(0).measurementIterations(1)
          .measurementTime(TimeValue.milliseconds(1)).verbosity(VerboseMode.SILENT);
    }
    return new Runner(tuning.apply(options).timeUnit(unit(benchmark)).build()).run();
  }

  private static TimeUnit unit(Class<?> benchmark) {
    return benchmark == GrowthBenchmark.class || benchmark == GrowthOnPostgresBenchmark.class ? TimeUnit.MICROSECONDS
        : TimeUnit.MILLISECONDS;
  }

  private static double score(Collection<RunResult> results, String method) {
    return result(results, method).getScore();
  }

  /** The median of the measured iterations (or batches): one that a full collection hits does not decide it. */
  private static double median(Collection<RunResult> results, String method) {
    return result(results, method).getStatistics().getPercentile(50);
  }

  private static Result<?> result(Collection<RunResult> results, String method) {
    return results.stream()
        .filter(r -> r.getParams().getBenchmark().endsWith("." + method))
        .map(RunResult::getPrimaryResult)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no result for " + method));
  }

  // -------------------------------------------------------------------------------------------------- probes

  /**
   * Runs a probe's main class in a JVM of its own with the JVM options of a benchmark's {@code @Fork}, handing
   * each line it prints to {@code lines} as it comes.
   */
  private static void probe(String what, Class<?> benchmark, Class<?> probe, Consumer<String> lines,
      String... arguments) throws IOException, InterruptedException {
    Process p = java(List.of(benchmark.getAnnotation(Fork.class).jvmArgsAppend()), probe.getName(), arguments)
        .start();
    try (BufferedReader output = p.inputReader(StandardCharsets.UTF_8)) {
      for (String line = output.readLine(); line != null; line = output.readLine()) {
        lines.accept(line);
      }
    }
    if (p.waitFor() != 0) {
      throw new IllegalStateException(what + " failed (exit code " + p.exitValue() + ")");
    }
  }

  private static ProcessBuilder java(List<String> jvmOptions, String mainClass, String... arguments) {
    List<String> command = new ArrayList<>();
    command.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass);
    command.addAll(Arrays.asList(arguments));
    return new ProcessBuilder(command).redirectErrorStream(true);
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
