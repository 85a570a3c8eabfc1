/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
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
 * How the benchmark families take their measurements: JMH runs of a benchmark class (once each, in this JVM, in
 * quick mode), and probes, main classes run in a JVM of their own whose lines are read as they come.
 *
 * @param quick whether each benchmark runs once only (its figures then mean nothing)
 * @param out where progress goes
 */
record Measuring(boolean quick, PrintStream out) {

  /**
   * Runs a benchmark class's methods.
   *
   * @param benchmark the JMH class
   * @param unit the unit its scores are read in
   * @param tuning adjusts the options (sizes, batches)
   * @return the results
   * @throws RunnerException when JMH fails
   */
  Collection<RunResult> jmh(Class<?> benchmark, TimeUnit unit, UnaryOperator<ChainedOptionsBuilder> tuning)
      throws RunnerException {
    ChainedOptionsBuilder options = new OptionsBuilder().include(benchmark.getName().replace(".", "\\.") + "\\.");
    if (quick) {
      // once each, in this JVM: only checks that the benchmarks still run
      options = options.forks(0).warmupIterations(0).measurementIterations(1)
          .measurementTime(TimeValue.milliseconds(1)).verbosity(VerboseMode.SILENT);
    }
    return new Runner(tuning.apply(options).timeUnit(unit).build()).run();
  }

  /** A method's score. */
  static double score(Collection<RunResult> results, String method) {
    return result(results, method).getScore();
  }

  /** The median of the measured iterations (or batches): one that a full collection hits does not decide it. */
  static double median(Collection<RunResult> results, String method) {
    return result(results, method).getStatistics().getPercentile(50);
  }

  private static Result<?> result(Collection<RunResult> results, String method) {
    return results.stream()
        .filter(r -> r.getParams().getBenchmark().endsWith("." + method))
        .map(RunResult::getPrimaryResult)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no result for " + method));
  }

  /** The median of some values. */
  static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /**
   * Runs a probe's main class in a JVM of its own with the JVM options of a benchmark's {@code @Fork}, handing
   * each line it prints to {@code lines} as it comes.
   */
  static void probe(String what, Class<?> benchmark, Class<?> probe, Consumer<String> lines, String... arguments)
      throws IOException, InterruptedException {
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

  /**
   * Runs a main class in a JVM of its own to its end and returns what it printed.
   *
   * @throws IllegalStateException when it fails, with what it printed
   */
  static String run(String what, List<String> jvmOptions, String mainClass, String... arguments)
      throws IOException, InterruptedException {
    Process p = java(jvmOptions, mainClass, arguments).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IllegalStateException(what + " failed: " + output);
    }
    return output;
  }

  /** A JVM like this one, on this one's class path, that runs a main class. */
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
}
