/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.memberportal.examples.bench.Benchmarks.Figure;

/**
 * B4 and B5, what the library costs a host before any command: the start-up time of every service against the
 * validator alone ({@link StartupProbe}), and the heap an account retains ({@link MemoryProbe}), each probe in a
 * fresh JVM.
 *
 * @param measuring how the figures are measured
 */
record FootprintFigures(Measuring measuring) {

  /**
   * B4: the median start-up time of a JVM that builds every service / one that builds the validator only.
   *
   * @return the figure
   */
  Figure startUp() throws IOException, InterruptedException {
    int rounds = measuring.quick() ? 1 : 7;
    List<Double> services = new ArrayList<>();
    List<Double> validator = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      // alternate the two sides so that a change in the machine's load hits both alike
      services.add(startUp("services"));
      validator.add(startUp("validator"));
    }
    double s = Measuring.median(services);
    double v = Measuring.median(validator);
    double ratio = s / v;
    return new Figure("B4", String.format(Locale.ROOT,
        "start-up: every service / validator only (median %.0f vs %.0f ms)", s, v), ratio, "x", "<= 1.3",
        ratio <= 1.3);
  }

  private double startUp(String side) throws IOException, InterruptedException {
    if (measuring.quick()) {
      long t = System.nanoTime();
      Object built = side.equals("services") ? StartupProbe.everyService() : StartupProbe.validatorOnly();
      measuring.out().println("B4 " + side + " built " + built.getClass().getSimpleName());
      return (System.nanoTime() - t) / 1e6;
    }
    long t = System.nanoTime();
    Measuring.run("start-up probe " + side, List.of("-Xshare:auto"), StartupProbe.class.getName(), side);
    double ms = (System.nanoTime() - t) / 1e6;
    measuring.out().printf(Locale.ROOT, "B4 %s JVM: %.0f ms%n", side, ms);
    return ms;
  }

  /**
   * B5: the retained heap per account, with its affiliation and TIES grant.
   *
   * @param large the number of accounts
   * @return the figure
   */
  Figure memory(int large) throws IOException, InterruptedException {
    double bytes;
    if (measuring.quick()) {
      bytes = MemoryProbe.bytesPerAccount(1_000);
    } else {
      String output = Measuring.run("memory probe", List.of("-Xms6g", "-Xmx6g", "-XX:+UseParallelGC"),
          MemoryProbe.class.getName(), String.valueOf(large));
      String line = output.lines().filter(l -> l.startsWith("bytes-per-account ")).findFirst()
          .orElseThrow(() -> new IllegalStateException("memory probe printed no figure: " + output));
      bytes = Double.parseDouble(line.substring("bytes-per-account ".length()));
    }
    return new Figure("B5", String.format(Locale.ROOT,
        "retained heap per account, affiliation and TIES grant, %,d accounts", measuring.quick() ? 1_000 : large),
        bytes, "B", "<= 1024", bytes <= 1024);
  }
}
