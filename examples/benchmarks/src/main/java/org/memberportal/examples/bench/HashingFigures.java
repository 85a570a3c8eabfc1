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
 * B6: the default hasher's verify time, and sign-in for an unknown address against a known one.
 *
 * @param measuring how the figures are measured
 */
record HashingFigures(Measuring measuring) {

  /**
   * Runs {@link HashingBenchmark}.
   *
   * @return the verify time (reported) and the unknown / known sign-in ratio
   */
  List<Figure> figures() throws RunnerException {
    Collection<RunResult> results = measuring.jmh(HashingBenchmark.class, TimeUnit.MILLISECONDS, o -> o);
    double verify = Measuring.score(results, "verify");
    double known = Measuring.score(results, "signInKnown");
    double unknown = Measuring.score(results, "signInUnknown");
    double ratio = unknown / known;
    return List.of(
        new Figure("B6", "default hasher (Argon2id m=19MiB t=2 p=1) verify time", verify, "ms", "(reported)", true),
        new Figure("B6", String.format(Locale.ROOT, "sign-in: unknown / known email (%.1f vs %.1f ms)", unknown,
            known), ratio, "x", "in [0.8, 1.25]", ratio >= 0.8 && ratio <= 1.25));
  }
}
