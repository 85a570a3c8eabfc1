/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the host's timed jobs (the relay, the expiry of sign-ups, the reminders, the close of vacancies, the purge of
 * the outbox: docs/postgres.md lists them with their cadence) on any number of instances sharing one database, so
 * that each job runs once per tick. Time is cut into ticks of each job's cadence, counted from the epoch (a job
 * every hour ticks on the hour, UTC); the instance that first moves the job's row of table {@code job_run} to the
 * current tick runs it, and the others skip it until the next tick. The claim is one statement that moves the tick
 * forward only, committed before the job starts, so it holds whatever the job does.
 *
 * <p>Each instance calls {@link #runDue()} from its scheduler, more often than the shortest cadence (every
 * second for a relay every ten), and outside any transaction: the jobs open their own. A job that fails (or an
 * instance that stops during it) is not run again in that tick; every job takes everything due when it runs, so
 * the next tick catches up. The instances' clocks should agree to well within a cadence (NTP).
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public final class PostgresJobs extends JdbcStore {

  private static final Logger LOG = LoggerFactory.getLogger(PostgresJobs.class);

  private final Clock clock;
  private final String instance;
  private final List<Job> jobs = new ArrayList<>();

  /** A job, named the same on every instance (the key of its row in {@code job_run}), and its cadence. */
  private record Job(String name, Duration cadence, Runnable work) {

    Job {
      if (cadence.toMillis() < 1) {
        throw new IllegalArgumentException("a job's cadence is at least a millisecond: " + name);
      }
    }

    /** {@return the start of the tick {@code now} falls in} */
    Instant tickAt(Instant now) {
      long millis = cadence.toMillis();
      return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), millis) * millis);
    }
  }

  /**
   * What one call of {@link #runDue()} ran on this instance.
   *
   * @param job the job's name
   * @param tick the start of the tick it ran for
   * @param succeeded false when the job threw
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  public record Run(String job, Instant tick, boolean succeeded) {}

  /**
   * Creates a runner with no jobs.
   *
   * @param transactions the library's transactions on the database the instances share
   *     ({@link PostgresHost#transactions()})
   * @param clock the time source
   * @param instance this instance's name, recorded on the ticks it claims, for operators
   */
  public PostgresJobs(Connections transactions, Clock clock, String instance) {
    super(transactions);
    this.clock = clock;
    this.instance = instance;
  }

  /**
   * Adds a job.
   *
   * @param cadence how long a tick lasts: a whole number of milliseconds, at least one
   * @param name its name, the same on every instance: the key of its row in {@code job_run}
   * @param work what it does
   * @return this runner
   */
  public PostgresJobs every(Duration cadence, String name, Runnable work) {
    jobs.add(new Job(name, cadence, work));
    return this;
  }

  /**
   * Runs, one after the other, each job whose current tick no instance has claimed yet.
   *
   * @return the jobs this instance ran, in the order added
   * @throws DatabaseFailure when the database refuses a claim
   */
  public List<Run> runDue() {
    List<Run> ran = new ArrayList<>();
    for (Job job : jobs) {
      Instant tick = job.tickAt(clock.instant());
      if (claim(job, tick)) {
        ran.add(new Run(job.name(), tick, run(job, tick)));
      }
    }
    return ran;
  }

  private boolean claim(Job job, Instant tick) {
    return write("insert into job_run (job, tick, instance, started_at)"
        + " values (?, ?, ?, ?) on conflict (job) do update set tick = excluded.tick, instance = excluded.instance,"
        + " started_at = excluded.started_at, finished_at = null where job_run.tick < excluded.tick",
        b -> b.text(job.name()).instant(tick).text(instance).instant(clock.instant())) == 1;
  }

  private boolean run(Job job, Instant tick) {
    try {
      job.work().run();
    } catch (RuntimeException e) {
      // the exception's class only: its message may quote what the job worked on
      LOG.warn("job {} of tick {} failed on {}: {}", job.name(), tick, instance, e.getClass().getSimpleName());
      return false;
    }
    write("update job_run set finished_at = ? where job = ? and tick = ?"
        + " and instance = ?", b -> b.instant(clock.instant()).text(job.name()).instant(tick).text(instance));
    return true;
  }
}
