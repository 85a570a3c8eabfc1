/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.memberportal.account.AccountEvent;
import org.memberportal.account.AccountRefusals;
import org.memberportal.account.UserAccounts;
import org.memberportal.account.factor.FactorEvent;
import org.memberportal.careers.candidate.CandidateAccountEvent;
import org.memberportal.careers.candidate.CareersAccounts;
import org.memberportal.kernel.PortalException;
import org.memberportal.kernel.Unavailable;

/**
 * Every public command and query of every module, fed hostile values by jqwik: each call succeeds or fails with
 * one of the kernel's {@link PortalException} subtypes (never {@link Unavailable}, which would hide a raw
 * exception), and a failure leaves every store, the event log and the outbox exactly as they were.
 */
class HostileInputProperties {

  /** One call: which command, with which values. */
  record Call(int command, Hostile.Values values) {
    @Override
    public String toString() {
      return HostileScene.COMMANDS.get(command).name() + " " + values;
    }
  }

  private static final Map<String, Map<String, AtomicLong>> TALLY = new ConcurrentHashMap<>();
  private static final AtomicLong CALLS = new AtomicLong();
  private static final AtomicLong TRIES = new AtomicLong();
  private static final AtomicLong SCENE_NANOS = new AtomicLong();
  private static final AtomicLong CALL_NANOS = new AtomicLong();
  private static final AtomicLong AUDIT_NANOS = new AtomicLong();

  /**
   * The second factors' refusals that commit what they counted: the attempt towards the factor's lockout and its
   * audit event, and a passkey answer's challenge, spent whatever the verdict.
   */
  private static final Set<String> COUNTED_FACTOR_REFUSALS = Set.of(AccountRefusals.FACTOR_CODE_REJECTED,
      AccountRefusals.FACTOR_LOCKED, AccountRefusals.WRONG_PASSWORD, AccountRefusals.PASSKEY_REJECTED);

  private static HostileScene scene() {
    long t = System.nanoTime();
    HostileScene scene = new HostileScene();
    SCENE_NANOS.addAndGet(System.nanoTime() - t);
    return scene;
  }

  private static void audit(HostileScene scene) {
    long t = System.nanoTime();
    scene.portal.audit();
    AUDIT_NANOS.addAndGet(System.nanoTime() - t);
  }

  @Provide
  Arbitrary<List<Call>> calls() {
    return Combinators.combine(Arbitraries.integers().between(0, HostileScene.COMMANDS.size() - 1),
        Hostile.values()).as(Call::new).list().ofMinSize(1).ofMaxSize(12);
  }

  @Property(tries = 300)
  void hostileValuesFailCleanlyOrSucceed(@ForAll("calls") List<Call> calls) {
    TRIES.incrementAndGet();
    HostileScene scene = scene();
    for (Call call : calls) {
      run(scene, call);
    }
    audit(scene);
  }

  /** Each command at least a few times per run, whatever the random choice. */
  @Property(tries = 8)
  void everyCommandMeetsHostileValues(@ForAll("valueLists") List<Hostile.Values> values) {
    TRIES.incrementAndGet();
    HostileScene scene = scene();
    for (int c = 0; c < HostileScene.COMMANDS.size(); c++) {
      for (Hostile.Values v : values) {
        run(scene, new Call(c, v));
      }
    }
    audit(scene);
  }

  @Provide
  Arbitrary<List<Hostile.Values>> valueLists() {
    return Hostile.values().list().ofSize(5);
  }

  private static void run(HostileScene scene, Call call) {
    long t = System.nanoTime();
    try {
      check(scene, call);
    } finally {
      CALL_NANOS.addAndGet(System.nanoTime() - t);
    }
  }

  private static void check(HostileScene scene, Call call) {
    HostileScene.Command command = HostileScene.COMMANDS.get(call.command());
    Portal portal = scene.portal;
    Instant before = portal.clock.instant();
    StoreSnapshot snapshot = portal.snapshot();
    Set<org.memberportal.kernel.DomainEvent> eventsBefore = java.util.Collections.newSetFromMap(
        new java.util.IdentityHashMap<>());
    eventsBefore.addAll(portal.events());
    portal.clock.set(call.values().at());
    Portal.Attempt<Object> attempt;
    try {
      scene.current = command;
      attempt = portal.attempt(command.name(), () -> command.call().apply(scene, call.values()));
    } catch (AssertionError e) {
      if (e.getCause() instanceof HostileScene.BuilderRefused) {
        count(command, "builder refused the value");
        return;
      }
      throw e;
    } finally {
      portal.clock.set(before);
    }
    CALLS.incrementAndGet();
    if (attempt.succeeded()) {
      count(command, "succeeded");
      return;
    }
    PortalException failure = attempt.failure().orElseThrow();
    count(command, failure.code());
    assertThat(failure).as("%s hid a raw exception as unavailable: %s", call, failure.getCause())
        .isNotInstanceOf(Unavailable.class);
    StoreSnapshot after = portal.snapshot();
    if (UserAccounts.CODE_REJECTED.equals(failure.reason())) {
      // the one documented exception: a refused code's attempt is committed (codes store + one audit event)
      assertThat(snapshot.differences(after)).as("%s", call).isSubsetOf(
          Set.of("codes.codes", "eventLog.bySubject"));
      assertThat(portal.events().stream().filter(e -> !eventsBefore.contains(e)).toList())
          .allMatch(AccountEvent.VerificationFailed.class::isInstance);
    } else if (CareersAccounts.CODE_REJECTED.equals(failure.reason())) {
      // the same for a careers candidate's code: the counted attempt and one CodeRefused audit event
      assertThat(snapshot.differences(after)).as("%s", call).isSubsetOf(
          Set.of("careersCodes.codes", "eventLog.bySubject"));
      assertThat(portal.events().stream().filter(e -> !eventsBefore.contains(e)).toList())
          .allMatch(CandidateAccountEvent.CodeRefused.class::isInstance);
    } else if (command.name().startsWith("SecondFactors.") && COUNTED_FACTOR_REFUSALS.contains(failure.reason())) {
      // a refused second factor or password proof: the counted attempt, its audit event, the spent challenge
      assertThat(snapshot.differences(after)).as("%s", call).isSubsetOf(
          Set.of("factors.enrolments", "challenges.open", "eventLog.bySubject"));
      assertThat(portal.events().stream().filter(e -> !eventsBefore.contains(e)).toList())
          .allMatch(e -> e instanceof FactorEvent.SecondFactorFailed || e instanceof FactorEvent.SecondFactorLocked
              || e instanceof FactorEvent.ReauthenticationFailed);
    } else {
      assertThat(snapshot.differences(after)).as("%s failed with %s (%s) but changed state", call,
          failure.code(), failure.reason()).isEmpty();
    }
  }

  private static void count(HostileScene.Command command, String result) {
    TALLY.computeIfAbsent(command.module() + " | `" + command.name() + "`", k -> new ConcurrentHashMap<>())
        .computeIfAbsent(result, k -> new AtomicLong()).incrementAndGet();
  }

  @AfterContainer
  static void report() {
    StringBuilder md = new StringBuilder("## Hostile input\n\n");
    md.append("Every public command and query (").append(HostileScene.COMMANDS.size())
        .append(") received jqwik-generated hostile values: empty and blank strings, 1 MB strings, control, ")
        .append("zero-width and bidi characters, unpaired surrogates, confusable Unicode (Cyrillic, Greek, ")
        .append("full-width), SQL / HTML / script / template / JNDI injection strings, lookalike and oversized ")
        .append("addresses, real addresses in other case and spacing, nulls wherever the builder takes them, ids ")
        .append("of the wrong kind, nil and unknown ids, int and long limits (pages, sizes, versions), ")
        .append("every kind of actor, and a clock set far in the past or future (year -100000 to +100000).\n\n")
        .append("Rule checked on every call: it succeeds, or fails with a `PortalException` subtype other than ")
        .append("`unavailable`; a failure leaves every store, the event log and the outbox as they were (deep ")
        .append("comparison of the in-memory adapters). The documented exceptions: a refused one-time code ")
        .append("commits its counted attempt and a `VerificationFailed` audit event (for a careers candidate's ")
        .append("code, a `CodeRefused` event); a refused second factor or password proof commits its counted ")
        .append("attempt and a `SecondFactorFailed`, `SecondFactorLocked` or `ReauthenticationFailed` event, and a refused passkey ")
        .append("answer its spent challenge. A failed sign-in (account or careers) is not a failure: it answers ")
        .append("the uniform rejection and commits its counted attempt, as the rules want.\n\n");
    md.append(String.format("**%,d calls** in %,d scenes; %,d hostile values refused by the command builders ",
        CALLS.get(), TRIES.get(), TALLY.values().stream().mapToLong(m -> m.getOrDefault(
            "builder refused the value", new AtomicLong()).get()).sum()))
        .append("before reaching the library (not counted as calls). Results:\n\n");
    md.append("| module | command | calls | results |\n|---|---|---:|---|\n");
    new TreeMap<>(TALLY).forEach((name, results) -> {
      long n = results.entrySet().stream().filter(e -> !e.getKey().startsWith("builder"))
          .mapToLong(e -> e.getValue().get()).sum();
      md.append("| ").append(name).append(" | ").append(n).append(" | ")
          .append(new TreeMap<>(results).entrySet().stream().map(e -> e.getKey() + " " + e.getValue().get())
              .collect(Collectors.joining(", "))).append(" |\n");
    });
    md.append("\nHeld: no call let anything but a `PortalException` escape, none hid a raw exception as ")
        .append("`unavailable`, and no failed call changed state.\n");
    md.append(String.format("%nTime: scenes %,d ms, calls with their state comparisons %,d ms, secret scans %,d ms.%n",
        SCENE_NANOS.get() / 1_000_000, CALL_NANOS.get() / 1_000_000, AUDIT_NANOS.get() / 1_000_000));
    Report.section("1-hostile", md.toString());
    assertThat(Evidence.hits()).isEmpty();
  }
}
