package org.memberportal.examples.bench;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.DecideAffiliation;
import org.memberportal.kernel.Outcome;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * B1: "a focal point approves an affiliation" through {@code Affiliations.approve} on the PostgreSQL adapters,
 * against {@link JdbcApprove}, a hand-written JDBC baseline issuing the same statements in one transaction. Each
 * side runs in its own fork, on its own embedded PostgreSQL (same build, same settings, started in the trial's
 * set-up) and its own fresh schema, over the same kind of pool ({@code ConnectionPool}). A request can be approved
 * once only, so each iteration is a batch of {@code batch} fresh pending requests, made through the library before
 * it (unmeasured); the score is the time of the whole batch, the same for both methods. The harness runs this
 * several times and keeps the median ratio, since the two forks run one after the other on a shared machine.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 16, batchSize = ApproveOnPostgresBenchmark.BATCH)
@Measurement(iterations = 4, batchSize = ApproveOnPostgresBenchmark.BATCH)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class ApproveOnPostgresBenchmark {

  /** Approvals per iteration (the harness's quick mode uses fewer). */
  public static final int BATCH = 500;

  /** The library on the PostgreSQL adapters, with a batch of pending requests. */
  @State(Scope.Thread)
  public static class Library {
    /** Pending requests made before each iteration: the iteration's batch size. */
    @Param({"500"})
    public int batch;

    PostgresWorld world;
    List<DecideAffiliation> commands;
    int next;

    /** Starts the database and the module. */
    @Setup(Level.Trial)
    public void start() {
      world = new PostgresWorld("b1_library");
    }

    /** Makes a batch of pending requests through the library. */
    @Setup(Level.Iteration)
    public void prepare() {
      commands = new ArrayList<>(batch);
      for (Affiliation pending : world.pendingRequests(batch)) {
        commands.add(DecideAffiliation.builder().affiliation(pending.id()).build());
      }
      next = 0;
    }
  }

  /** The baseline, on a world of its own made the same way. */
  @State(Scope.Thread)
  public static class Baseline {
    /** Pending requests made before each iteration: the iteration's batch size. */
    @Param({"500"})
    public int batch;

    PostgresWorld world;
    JdbcApprove jdbc;
    UUID decider;
    List<UUID> requests;
    int next;

    /** Starts the database and the module that makes the requests. */
    @Setup(Level.Trial)
    public void start() {
      world = new PostgresWorld("b1_baseline");
      jdbc = new JdbcApprove(world.pool);
      decider = world.focalPoint.id().value();
    }

    /** Makes a batch of pending requests through the library. */
    @Setup(Level.Iteration)
    public void prepare() {
      requests = new ArrayList<>(batch);
      for (Affiliation pending : world.pendingRequests(batch)) {
        requests.add(pending.id().value());
      }
      next = 0;
    }
  }

  /**
   * Approves the next pending request through the library.
   *
   * @param s the library's state
   * @return the outcome, so that the work is not eliminated
   */
  @Benchmark
  public Outcome<Affiliation> library(Library s) {
    return s.world.module.affiliations().approve(s.commands.get(s.next++), s.world.asFocalPoint);
  }

  /**
   * Approves the next pending request with hand-written JDBC.
   *
   * @param s the baseline's state
   * @return the request's new version
   * @throws SQLException when the database refuses
   */
  @Benchmark
  public long baseline(Baseline s) throws SQLException {
    return s.jdbc.approve(s.requests.get(s.next++), s.decider);
  }
}
