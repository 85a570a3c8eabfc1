/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.signin;

import java.time.Instant;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The sign-in failures of one account (of any kind) and the lockout they caused; kept inside the account.
 *
 * @param failures consecutive failures counted
 * @param lastFailureAt when the last one happened, if any
 * @param lockedUntil until when sign-in is refused, if locked
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record Lockout(int failures, @Nullable Instant lastFailureAt, @Nullable Instant lockedUntil) {

  /** No failure. */
  public static final Lockout NONE = new Lockout(0, null, null);

  /**
   * Whether sign-in is refused at this instant.
   *
   * @param now the instant
   * @return true while locked
   */
  public boolean lockedAt(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  /**
   * The end of the lockout, if any.
   *
   * @return the instant
   */
  public Optional<Instant> until() {
    return Optional.ofNullable(lockedUntil);
  }
}
