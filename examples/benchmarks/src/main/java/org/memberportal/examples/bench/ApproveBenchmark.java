/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.bench;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.memberportal.affiliation.focalpoint.FocalPointRole;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.AffiliationId;
import org.memberportal.affiliation.membership.AffiliationState;
import org.memberportal.affiliation.membership.DecideAffiliation;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.Validation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * B2: "a focal point approves an affiliation" through {@code Affiliations.approve} on the in-memory adapters,
 * against a bare baseline that validates the same command with the same {@link Validation} and updates a map,
 * and against {@link MapApprove}, the command's obligations hand-written over plain maps (the floor that any
 * implementation of the rules pays). A request can be approved once only, so each iteration is a batch of
 * {@link #BATCH} fresh pending requests made (unmeasured) before it; the score is the time of the whole batch,
 * the same for every method. Thirty warm-up batches bring the library's longer path to its compiled steady
 * state (with ten, its first measured batches still ran at up to twice the steady time); three forks, because
 * one fork's compilation can land faster or slower than another's.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 30, batchSize = ApproveBenchmark.BATCH)
@Measurement(iterations = 10, batchSize = ApproveBenchmark.BATCH)
// the heap's pages touched at start: otherwise the first touch of each fresh page (about 15 us here) is charged to
// whichever side allocates it during its measured batches, a cost a long-running host pays once, not per command
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
public class ApproveBenchmark {

  /** Approvals per iteration. */
  public static final int BATCH = 5_000;

  private static final Clock CLOCK = Clock.systemUTC();

  /** The library on its in-memory adapters, with a batch of pending requests. */
  @State(Scope.Thread)
  public static class Library {
    World world;
    List<DecideAffiliation> commands;
    int next;

    /** Makes a fresh world and a batch of pending requests through the library. */
    @Setup(Level.Iteration)
    public void prepare() {
      Requests fresh = Requests.fresh();
      world = fresh.world();
      commands = fresh.decisions();
      next = 0;
    }
  }

  /** The baseline: the same pending requests in a plain map. */
  @State(Scope.Thread)
  public static class Baseline {
    Map<AffiliationId, Affiliation> store;
    List<DecideAffiliation> commands;
    Actor actor;
    AccountId decider;
    int next;

    /** Copies a batch of pending requests made by the library into a map. */
    @Setup(Level.Iteration)
    public void prepare() {
      Requests fresh = Requests.fresh();
      store = new HashMap<>();
      fresh.pending().forEach(pending -> store.put(pending.id(), pending));
      commands = fresh.decisions();
      actor = fresh.world().asFocalPoint;
      decider = fresh.world().focalPoint.id();
      next = 0;
    }
  }

  /** The floor: the same pending requests, with what the rules read and write, in plain maps. */
  @State(Scope.Thread)
  public static class Floor {
    MapApprove approvals;
    List<DecideAffiliation> commands;
    Actor actor;
    int next;

    /** Copies a batch of pending requests made by the library into the hand-written maps. */
    @Setup(Level.Iteration)
    public void prepare() {
      Requests fresh = Requests.fresh();
      commands = fresh.decisions();
      approvals = new MapApprove(fresh.world(), fresh.pending());
      actor = fresh.world().asFocalPoint;
      next = 0;
    }
  }

  /**
   * A batch of pending requests that new users of a fresh world made through the library, and the decision on
   * each, in order: what every side approves.
   *
   * @param world the world
   * @param pending the requests
   * @param decisions the decision on each
   */
  record Requests(World world, List<Affiliation> pending, List<DecideAffiliation> decisions) {

    static Requests fresh() {
      World world = new World();
      List<Affiliation> pending = world.pendingRequests(BATCH);
      List<DecideAffiliation> decisions = new ArrayList<>(pending.size());
      for (Affiliation request : pending) {
        decisions.add(DecideAffiliation.builder().affiliation(request.id()).build());
      }
      return new Requests(world, pending, decisions);
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
   * Approves the next pending request through the hand-written floor.
   *
   * @param s the floor's state
   * @return the approved request
   */
  @Benchmark
  public Affiliation floor(Floor s) {
    return s.approvals.approve(s.commands.get(s.next++), s.actor);
  }

  /**
   * Validates the same command and writes the approved request into a map.
   *
   * @param s the baseline's state
   * @return the approved request
   */
  @Benchmark
  public Affiliation baseline(Baseline s) {
    DecideAffiliation command = Validation.check(s.commands.get(s.next++), s.actor);
    Affiliation pending = s.store.get(command.affiliation());
    Affiliation approved = pending.withState(AffiliationState.APPROVED).withDecidedAt(CLOCK.instant())
        .withDecidedBy(s.decider).withDecidedAs(FocalPointRole.ITU).withReason(command.reason())
        .withVersion(pending.version() + 1);
    s.store.put(approved.id(), approved);
    return approved;
  }
}
