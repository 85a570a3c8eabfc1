/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The CI quick mode: every benchmark still runs, once, in this JVM. No timing is asserted: figures taken this
 * way mean nothing.
 */
class BenchmarksTests {

  @Test
  void everyBenchmarkRunsOnceInQuickMode() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    List<Benchmarks.Figure> figures = new Benchmarks(true, Set.of(), 1_000,
        new PrintStream(printed, true, StandardCharsets.UTF_8)).run();

    assertThat(figures).extracting(Benchmarks.Figure::id)
        .containsExactly("B1", "B1", "B1", "B1", "B1", "B1", "B1", "B1", "B1", "B1", "B1", "B1", "B7", "B7", "B7",
            "B7", "B7", "B7", "B7", "B2", "B2", "B3", "B3", "B3", "B3", "B3", "B3", "B3pg", "B3pg", "B3pg", "B3pg", "B3pg",
            "B3pg", "B4", "B5", "B6", "B6", "B8");
    assertThat(figures).allSatisfy(f -> assertThat(f.value()).isPositive().isFinite());
    assertThat(printed.toString(StandardCharsets.UTF_8)).contains("QUICK MODE").contains("target <= 2")
        .contains("target >= 0.8").contains("target <= 1.25").contains("round trips: Manage my users")
        .contains("PostgreSQL jobAlertMatching").contains("import of 2,000 accounts").contains("target >= 0.5");
  }

  @Test
  void aFigureLineShowsItsTargetAndVerdict() {
    Benchmarks.Figure failing = new Benchmarks.Figure("B2", "approve", 2.5, "x", "<= 2", false);

    assertThat(failing.toString()).contains("B2", "approve", "2.500", "target <= 2", "FAIL");
    assertThat(failing.line("RAN")).endsWith("RAN");
  }
}
