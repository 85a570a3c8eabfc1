/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.bench;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * B3's and B3pg's JVM for one size: runs all six reads of a growth benchmark at that size in this JVM (JMH
 * without forks), so that each data set loads once ({@link DataSets}) instead of once per read, and prints
 * {@code median <read> <microseconds>} per read. The harness starts one per size, with the JVM options of the
 * benchmark's {@code @Fork}, so the small and the large size run the same reads in the same order in JVMs alike.
 */
public final class GrowthProbe {

  /** The start of each result line. */
  static final String MEDIAN = "median ";

  private GrowthProbe() {}

  /**
   * Runs one benchmark class at one size.
   *
   * @param args the benchmark class's name and the number of records
   * @throws ClassNotFoundException when the class is not a growth benchmark's
   * @throws RunnerException when JMH fails
   */
  public static void main(String[] args) throws ClassNotFoundException, RunnerException {
    Class<?> benchmark = Class.forName(args[0]);
    // the median iteration: with a million records live, one full collection landing in a measured iteration
    // costs more than the whole iteration's work (DataSets collects once after loading; JMH's collection forced
    // between iterations is two full collections of the whole live set each time, minutes at a million records)
    for (RunResult r : new Runner(new OptionsBuilder().include(benchmark.getName().replace(".", "\\.") + "\\.")
        .param("records", args[1]).forks(0).timeUnit(TimeUnit.MICROSECONDS).build()).run()) {
      String name = r.getParams().getBenchmark();
      System.out.printf(Locale.ROOT, "%s%s %f%n", MEDIAN, name.substring(name.lastIndexOf('.') + 1),
          r.getPrimaryResult().getStatistics().getPercentile(50));
    }
  }
}
