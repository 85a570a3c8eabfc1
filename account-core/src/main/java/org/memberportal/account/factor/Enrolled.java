/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.factor;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.memberportal.kernel.Secret;

/**
 * A factor added. The first factor of an account comes with its recovery codes, shown this once (later ones come
 * with none: the set stays).
 *
 * @param factor which kind
 * @param passkey the new passkey, for a passkey
 * @param recoveryCodes the new recovery codes, or none
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public record Enrolled(FactorKind factor, @Nullable PasskeyId passkey, List<Secret> recoveryCodes) {

  /** Copies the codes. */
  public Enrolled {
    recoveryCodes = List.copyOf(recoveryCodes);
  }

  /** {@return the new passkey's id, for a passkey} */
  public Optional<PasskeyId> passkeyId() {
    return Optional.ofNullable(passkey);
  }
}
