/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.memberportal.examples.bench.Benchmarks.Figure;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.RunnerException;

/**
 * B3 and B3pg: how each of the six everyday reads grows from 1,000 records to the large size, in memory
 * ({@link GrowthBenchmark}) and on PostgreSQL ({@link GrowthOnPostgresBenchmark}); each size runs in a JVM of its
 * own ({@link GrowthProbe}).
 *
 * @param measuring how the figures are measured
 */
record GrowthFigures(Measuring measuring) {

  /** The reads, as {@link GrowthScenario} names its methods. */
  private static final List<String> READS = List.of("pendingRequestsPage", "manageMyUsersSearch", "myRequests",
      "jobOpeningsKeywordSearch", "jobOpeningsFirstPage", "jobAlertMatching");

  /**
   * B3: large / small time of each read in memory.
   *
   * @param large the large size
   * @return a figure per read
   */
  List<Figure> inMemory(int large) throws RunnerException, IOException, InterruptedException {
    return growth("B3", GrowthBenchmark.class, large, "");
  }

  /**
   * B3pg: large / small time of each read on PostgreSQL.
   *
   * @param large the large size
   * @return a figure per read
   */
  List<Figure> onPostgres(int large) throws RunnerException, IOException, InterruptedException {
    return growth("B3pg", GrowthOnPostgresBenchmark.class, large, "PostgreSQL ");
  }

  private List<Figure> growth(String id, Class<?> benchmark, int largeSize, String where)
      throws RunnerException, IOException, InterruptedException {
    String small = "1000";
    String big = measuring.quick() ? small : String.valueOf(largeSize);
    Map<String, Double> atSmall = new HashMap<>();
    Map<String, Double> atLarge;
    if (measuring.quick()) {
      Collection<RunResult> results = measuring.jmh(benchmark, TimeUnit.MICROSECONDS, o -> o.param("records", small));
      READS.forEach(read -> atSmall.put(read, Measuring.median(results, read)));
      atLarge = atSmall;
    } else {
      // one JVM per size, each loading its data sets once (JMH forking each read would reload them every time)
      atSmall.putAll(probe(id, benchmark, small));
      atLarge = probe(id, benchmark, big);
    }
    List<Figure> figures = new ArrayList<>();
    for (String method : READS) {
      double ratio = atLarge.get(method) / atSmall.get(method);
      figures.add(new Figure(id, String.format(Locale.ROOT, "%s%s: %s / %s records (%.1f vs %.1f us)", where,
          method, big, small, atLarge.get(method), atSmall.get(method)), ratio, "x", "<= 2", ratio <= 2));
    }
    return figures;
  }

  /** Runs a growth benchmark at one size in a JVM of its own ({@link GrowthProbe}), echoing its progress. */
  private Map<String, Double> probe(String id, Class<?> benchmark, String records)
      throws IOException, InterruptedException {
    Map<String, Double> medians = new HashMap<>();
    Measuring.probe(id + " at " + records, benchmark, GrowthProbe.class, line -> {
      if (line.startsWith(GrowthProbe.MEDIAN)) {
        String[] fields = line.split(" ");
        medians.put(fields[1], Double.parseDouble(fields[2]));
      } else {
        measuring.out().println(id + " at " + records + ": " + line);
      }
    }, benchmark.getName(), records);
    if (medians.size() != READS.size()) {
      throw new IllegalStateException(id + " at " + records + " records printed " + medians.size() + " reads");
    }
    return medians;
  }
}
