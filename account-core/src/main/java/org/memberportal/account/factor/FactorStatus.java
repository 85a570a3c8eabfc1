/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.factor;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The second factors of an account, as its holder's page shows them.
 *
 * @param totp whether an authenticator app is set up
 * @param recoveryCodesLeft how many recovery codes are unused
 * @param passkeys the passkeys, oldest first
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public record FactorStatus(boolean totp, int recoveryCodesLeft, List<PasskeySummary> passkeys) {

  /** Copies the list. */
  public FactorStatus {
    passkeys = List.copyOf(passkeys);
  }

  /** {@return whether the account has a second factor at all} */
  public boolean enrolled() {
    return totp || !passkeys.isEmpty();
  }

  /**
   * A passkey as listed.
   *
   * @param id its id
   * @param name the holder's name for it
   * @param addedAt when it was registered
   * @param lastUsedAt when it last signed in, if ever
   */
  public record PasskeySummary(PasskeyId id, String name, Instant addedAt, @Nullable Instant lastUsedAt) {

    /** {@return when it last signed in, if ever} */
    public Optional<Instant> lastUse() {
      return Optional.ofNullable(lastUsedAt);
    }
  }
}
