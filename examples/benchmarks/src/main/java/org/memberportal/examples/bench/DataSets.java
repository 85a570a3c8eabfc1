/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.bench;

import java.util.function.Supplier;

/**
 * The data set a growth benchmark's state loaded last, kept for the next trial that asks for the same one. The
 * harness runs all six reads of B3 (and of B3pg) at one size in one JVM ({@link GrowthProbe}, JMH without forks),
 * so each data set loads once per size instead of once per read. Only the last set is kept, so that a million
 * records of one kind are garbage before the next kind loads and is measured; JMH runs the reads in name order,
 * which keeps the reads of one set together. B1's two sides share their world through it the same way
 * ({@link ApproveOnPostgresProbe}).
 */
final class DataSets {

  private static Object key;
  private static Object value;

  private DataSets() {}

  /**
   * The data set for a key, loaded unless it is the one loaded last.
   *
   * @param kind which data set (the state class)
   * @param records its size
   * @param load loads it
   * @param <T> its type
   * @return the data set
   */
  static <T> T once(Class<?> kind, int records, Supplier<T> load) {
    return once(kind.getName(), records, load);
  }

  /**
   * The data set for a key, loaded unless it is the one loaded last.
   *
   * @param kind which data set (a growth benchmark's state: {@link GrowthScenario#dataSet})
   * @param records its size
   * @param load loads it
   * @param <T> its type
   * @return the data set
   */
  @SuppressWarnings("unchecked")
  static synchronized <T> T once(String kind, int records, Supplier<T> load) {
    String wanted = kind + "@" + records;
    if (!wanted.equals(key)) {
      key = null;
      value = null;
      value = load.get();
      key = wanted;
      // the loading's garbage goes now, not in the first measured iterations
      System.gc();
    }
    return (T) value;
  }
}
