/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.signin;

import java.time.Duration;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * The lockout rule of sign-in, for any kind of account: after {@code freeFailures} consecutive failures each
 * further failure locks the account for one more {@code step} (60 s, 120 s, ...) up to {@code cap} (15 min);
 * failures older than {@code resetAfter} (12 h) are forgotten. A lockout only blocks sign-in, never password
 * reset, and is cleared by a successful sign-in or a reset.
 *
 * @param freeFailures failures allowed before the first lockout
 * @param step how much each further failure adds
 * @param cap the longest lockout
 * @param resetAfter quiet time after which the counter starts again
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record SignInThrottle(int freeFailures, Duration step, Duration cap, Duration resetAfter) {

  /** Checks the durations. */
  public SignInThrottle {
    if (freeFailures < 0 || step.isNegative() || step.isZero() || cap.compareTo(step) < 0 || resetAfter.isNegative()) {
      throw new IllegalArgumentException("throttle out of range");
    }
  }

  /**
   * The defaults: 3 free failures, then +60 s a step, capped at 15 min, counter reset after 12 h.
   *
   * @return the throttle
   */
  public static SignInThrottle defaults() {
    return new SignInThrottle(3, Duration.ofSeconds(60), Duration.ofMinutes(15), Duration.ofHours(12));
  }

  /**
   * The state after a failed sign-in at this instant.
   *
   * @param before the state before
   * @param now the instant
   * @return the new state, locked when the failures exceed the free ones
   */
  public Lockout afterFailure(Lockout before, Instant now) {
    Lockout current = current(before, now);
    int failures = current.failures() + 1;
    Instant lockedUntil = current.lockedUntil();
    int over = failures - freeFailures;
    if (over > 0) {
      Duration wait = step.multipliedBy(over);
      lockedUntil = now.plus(wait.compareTo(cap) > 0 ? cap : wait);
    }
    return new Lockout(failures, now, lockedUntil);
  }

  /**
   * The state as of this instant: forgotten when the last failure is older than {@code resetAfter}.
   *
   * @param state the stored state
   * @param now the instant
   * @return the state in force
   */
  public Lockout current(Lockout state, Instant now) {
    if (state.lastFailureAt() != null && !now.isBefore(state.lastFailureAt().plus(resetAfter))) {
      return Lockout.NONE;
    }
    return state;
  }

  /**
   * Whether a failure just started a new lockout (for the "account locked" email).
   *
   * @param before the state before the failure
   * @param after the state after it
   * @return true when the account became locked
   */
  public boolean startedLockout(Lockout before, Lockout after) {
    return after.lockedUntil() != null && !after.lockedUntil().equals(before.lockedUntil());
  }
}
