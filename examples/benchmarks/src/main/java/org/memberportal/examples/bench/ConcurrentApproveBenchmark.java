/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.bench;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.DecideAffiliation;
import org.memberportal.kernel.Outcome;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * B7: "a focal point approves an affiliation" under concurrency, through two library instances on one PostgreSQL
 * schema ({@link PostgresWorld} and {@link PostgresWorld#beside}, each with its own host, stores and pool): JMH's
 * threads take the pending requests of a shared batch, even-numbered threads through the first instance and
 * odd-numbered ones through the second. {@code library} calls {@code Affiliations.approve}; {@code floor} runs
 * {@link ExpertApprove} over the same instance's pool. Each iteration is one shot of {@code batch} approvals in
 * all (an equal share per thread), on requests made through the library before it (unmeasured).
 *
 * <p>Run by {@link ConcurrentApproveProbe} at 1, 2, 4, 8 and 16 threads, which then checks that every request
 * was approved once: one outcome, one event, one letter each.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class ConcurrentApproveBenchmark {

  /** Connections per instance's pool: enough for 16 threads over two instances. */
  static final int CONNECTIONS = 8;

  /** The two instances, built once per JVM, and the batch all threads share. */
  @State(Scope.Benchmark)
  public static class Batch {
    /** Approvals per iteration, over all threads. */
    @Param({"240"})
    public int batch;

    List<PostgresWorld> instances;
    UUID decider;
    List<Affiliation> pending;
    final AtomicInteger next = new AtomicInteger();

    /** Joins the two instances, built on the first chunk of the JVM. */
    @Setup(Level.Trial)
    public void start() {
      instances = DataSets.once(ConcurrentApproveBenchmark.class, 0, ConcurrentApproveBenchmark::instances);
      decider = instances.get(0).focalPoint.id().value();
    }

    /** Makes the batch's pending requests through the first instance. */
    @Setup(Level.Iteration)
    public void prepare() {
      pending = instances.get(0).pendingRequests(batch);
      next.set(0);
    }

    Affiliation take() {
      return pending.get(next.getAndIncrement());
    }
  }

  /** A thread's instance. */
  @State(Scope.Thread)
  public static class Instance {
    PostgresWorld world;
    ExpertApprove expert;

    /** Picks the instance by the thread's index. */
    @Setup(Level.Trial)
    public void pick(Batch batch, ThreadParams thread) {
      world = batch.instances.get(thread.getThreadIndex() % 2);
      expert = new ExpertApprove(world.pool);
    }
  }

  /** The two instances on one fresh schema. */
  static List<PostgresWorld> instances() {
    List<DataSource> pools = BenchDatabase.freshSchema("b7", 2, CONNECTIONS);
    PostgresWorld first = new PostgresWorld(pools.get(0));
    return List.of(first, PostgresWorld.beside(pools.get(1), first));
  }

  /**
   * Approves the next pending request of the batch through this thread's library instance.
   *
   * @param batch the shared batch
   * @param instance this thread's instance
   * @return the outcome
   */
  @Benchmark
  public Outcome<Affiliation> library(Batch batch, Instance instance) {
    return instance.world.module.affiliations().approve(DecideAffiliation.builder()
        .affiliation(batch.take().id()).build(), instance.world.asFocalPoint);
  }

  /**
   * Approves the next pending request of the batch as the expert's floor does, over this thread's instance's pool.
   *
   * @param batch the shared batch
   * @param instance this thread's instance
   * @return the new version
   * @throws SQLException when the database refuses
   */
  @Benchmark
  public long floor(Batch batch, Instance instance) throws SQLException {
    return instance.expert.approve(batch.take().id().value(), batch.decider);
  }
}
