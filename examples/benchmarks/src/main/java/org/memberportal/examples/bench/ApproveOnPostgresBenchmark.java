/*
 * SPDX-License-Identifier: Apache-2.0
 */
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
 * against {@link ExpertApprove}, the expert's floor: the same obligations hand-written as one statement, one round
 * trip. A
 * request can be approved once only, so each iteration is a batch of {@code batch} fresh pending requests, made
 * through the library before it (unmeasured); the score is the time of the whole batch, the same for both methods.
 *
 * <p>One run of a method is one chunk of {@link ApproveOnPostgresProbe}, which runs both methods alternately in one
 * JVM without forking: both sides share one world ({@link DataSets}), so they run on the same embedded server, in
 * the same schema, over the same pool and its connections (and so the same server-side prepared statements), and
 * on code the JIT compiled once for both. The {@code @Fork} options are the probe's JVM's.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = ApproveOnPostgresBenchmark.BATCHES, batchSize = ApproveOnPostgresBenchmark.BATCH)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class ApproveOnPostgresBenchmark {

  /** Approvals per iteration (the harness's quick mode uses fewer). */
  public static final int BATCH = 250;
  /**
   * Iterations per chunk: a side's time in a chunk is its median iteration, so neither a batch a burst of other
   * work hit nor the first batch after the other side ran decides it.
   */
  public static final int BATCHES = 5;

  /** A batch of pending requests on the world both sides share. */
  @State(Scope.Thread)
  public static class Batch {
    /** Pending requests made before each iteration: the iteration's batch size. */
    @Param({"250"})
    public int batch;

    PostgresWorld world;
    ExpertApprove expert;
    UUID decider;
    List<DecideAffiliation> commands;
    List<UUID> requests;
    int next;

    /** Joins the world, built on the first chunk of the JVM. */
    @Setup(Level.Trial)
    public void start() {
      world = DataSets.once(ApproveOnPostgresBenchmark.class, 0, () -> new PostgresWorld("b1"));
      expert = new ExpertApprove(world.pool);
      decider = world.focalPoint.id().value();
    }

    /** Makes a batch of pending requests through the library, as commands for one side and ids for the other. */
    @Setup(Level.Iteration)
    public void prepare() {
      commands = new ArrayList<>(batch);
      requests = new ArrayList<>(batch);
      for (Affiliation pending : world.pendingRequests(batch)) {
        commands.add(DecideAffiliation.builder().affiliation(pending.id()).build());
        requests.add(pending.id().value());
      }
      next = 0;
    }
  }

  /**
   * Approves the next pending request through the library.
   *
   * @param s the batch
   * @return the outcome, so that the work is not eliminated
   */
  @Benchmark
  public Outcome<Affiliation> library(Batch s) {
    return s.world.module.affiliations().approve(s.commands.get(s.next++), s.world.asFocalPoint);
  }

  /**
   * Approves the next pending request as the expert's floor does, in one round trip.
   *
   * @param s the batch
   * @return the request's new version
   * @throws SQLException when the database refuses
   */
  @Benchmark
  public long floor(Batch s) throws SQLException {
    return s.expert.approve(s.requests.get(s.next++), s.decider);
  }
}
