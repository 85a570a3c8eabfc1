/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.spring;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.memberportal.postgres.PostgresJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The library's timed jobs on this instance: a thread of its own asks {@link PostgresJobs#runDue()} every poll
 * for the jobs whose tick no instance has claimed yet and runs them, so that every job runs once per tick across
 * the instances sharing the database. It starts with the application context and stops with it; a failed poll
 * (the database is down) is logged and left to the next.
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public final class TimedJobs implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(TimedJobs.class);

  /**
   * How long stopping waits for a running job before interrupting it (a job stuck on a database that is going
   * away must not hold the application's shutdown); what an interrupted job left is taken by its next tick.
   */
  private static final Duration STOP_GRACE = Duration.ofSeconds(5);

  private final PostgresJobs jobs;
  private final Duration poll;
  private final Map<String, AtomicLong> runs = new ConcurrentHashMap<>();
  private @Nullable ScheduledExecutorService timer;

  /**
   * Creates the schedule; nothing runs before {@link #start()}.
   *
   * @param jobs the jobs and their cadences
   * @param poll how often to look for due jobs
   */
  public TimedJobs(PostgresJobs jobs, Duration poll) {
    this.jobs = jobs;
    this.poll = poll;
  }

  /**
   * How many times this instance ran a job (successfully or not) since it started.
   *
   * @param job the job's name ({@code relay}, {@code close-due-vacancies}, {@code expire-unverified},
   *     {@code affiliation-reminders}, {@code purge-delivered})
   * @return the count
   */
  public long runs(String job) {
    AtomicLong count = runs.get(job);
    return count == null ? 0 : count.get();
  }

  /** Runs the due jobs once, on the calling thread, as a poll does. */
  void runDue() {
    try {
      for (PostgresJobs.Run run : jobs.runDue()) {
        runs.computeIfAbsent(run.job(), name -> new AtomicLong()).incrementAndGet();
      }
    } catch (RuntimeException e) {
      // the exception's class only: its message may quote what a job worked on
      LOG.warn("the timed jobs' poll failed, next in {}: {}", poll, e.getClass().getSimpleName());
    }
  }

  @Override
  public synchronized void start() {
    if (timer == null) {
      ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(work -> {
        Thread thread = new Thread(work, "member-portal-jobs");
        thread.setDaemon(true);
        return thread;
      });
      started.scheduleWithFixedDelay(this::runDue, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
      timer = started;
    }
  }

  @Override
  public synchronized void stop() {
    ScheduledExecutorService running = timer;
    if (running != null) {
      running.shutdown();
      try {
        if (!running.awaitTermination(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
          running.shutdownNow();
          running.awaitTermination(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        }
      } catch (InterruptedException e) {
        running.shutdownNow();
        Thread.currentThread().interrupt();
      }
      timer = null;
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return timer != null;
  }
}
