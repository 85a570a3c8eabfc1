/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.bench;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.memberportal.examples.bench.Benchmarks.Figure;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.RunnerException;

/**
 * B8: the bulk import of existing accounts against a bare {@code COPY} of the same rows, in one JMH run.
 *
 * @param measuring how the figures are measured
 */
record MigrationFigures(Measuring measuring) {

  /**
   * Runs {@link MigrationBenchmark}.
   *
   * @param records the accounts imported (a small number in quick mode)
   * @return the import's throughput over the bare copy's
   */
  List<Figure> figures(int records) throws RunnerException {
    int count = measuring.quick() ? Math.min(records, 2_000) : records;
    Collection<RunResult> results = measuring.jmh(MigrationBenchmark.class, TimeUnit.MILLISECONDS,
        o -> o.param("records", Integer.toString(count)));
    double library = Measuring.score(results, "bulkImport");
    double copy = Measuring.score(results, "copyOfTheSameRows");
    double ratio = copy / library;
    return List.of(new Figure("B8", String.format(Locale.ROOT,
        "import of %,d accounts: library / bare COPY throughput (%.1f vs %.1f s)", count, library / 1e3,
        copy / 1e3), ratio, "x", ">= 0.5", ratio >= 0.5));
  }
}
