/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.factor;

import java.time.Instant;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An authenticator app's key as the holder's enrolment keeps it.
 *
 * @param key the shared key, sealed
 * @param startedAt when the enrolment began (the URI was shown)
 * @param confirmedAt when a first code confirmed it; until then it is no factor
 * @param lastUsedStep the last step a code was accepted for (-1 for none): no code of it or of an earlier step is
 *     accepted again
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public record TotpKey(SealedKey key, Instant startedAt, @Nullable Instant confirmedAt, long lastUsedStep) {

  /**
   * A key just shown to its holder, not confirmed yet.
   *
   * @param key the sealed key
   * @param at when
   * @return the key
   */
  public static TotpKey started(SealedKey key, Instant at) {
    return new TotpKey(key, at, null, -1);
  }

  /** {@return whether a first code confirmed the key, which makes it a factor} */
  public boolean confirmed() {
    return confirmedAt != null;
  }

  /** {@return when it was confirmed, if it was} */
  public Optional<Instant> confirmation() {
    return Optional.ofNullable(confirmedAt);
  }

  /**
   * The key once a code of a step was accepted.
   *
   * @param step the step
   * @param at when
   * @return the key confirmed (if it was not) and with that step used
   */
  public TotpKey used(long step, Instant at) {
    return new TotpKey(key, startedAt, confirmedAt == null ? at : confirmedAt, step);
  }
}
