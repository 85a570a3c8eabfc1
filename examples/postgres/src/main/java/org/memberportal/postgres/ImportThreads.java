/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import org.jspecify.annotations.Nullable;

/**
 * The import's checking threads, one per processor: a batch's work split into as many parts, each part's result in
 * the order of the parts; and the one way the import waits for work handed to a thread of its own.
 */
final class ImportThreads {

  private final int count = Runtime.getRuntime().availableProcessors();
  private final ExecutorService threads = Executors.newFixedThreadPool(count, daemon("account-import-check"));

  /** {@return the result of each part of {@code 0..size}, in order} */
  <R> List<R> each(int size, Part<R> part) {
    List<Future<R>> parts = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      int from = (int) ((long) size * k / count);
      int to = (int) ((long) size * (k + 1) / count);
      parts.add(threads.submit(() -> part.of(from, to)));
    }
    List<R> results = new ArrayList<>(count);
    for (Future<R> each : parts) {
      results.add(done(each));
    }
    return results;
  }

  void shutdown() {
    threads.shutdown();
  }

  /** The work on a part of a batch, from index {@code from} (inclusive) to {@code to} (exclusive). */
  @FunctionalInterface
  interface Part<R> {
    R of(int from, int to);
  }

  static ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }

  /**
   * Waits until work handed to the import's threads is done, and returns its result or throws what it threw, as
   * if it had run on this thread.
   */
  static <R> @Nullable R done(@Nullable Future<R> work) {
    if (work == null) {
      return null;
    }
    try {
      return work.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the import's threads worked", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
