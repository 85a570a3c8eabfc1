/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.factor;

import jakarta.validation.constraints.NotNull;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.memberportal.account.HolderChange;

/**
 * The part of a change to one of the holder's passkeys that names it ({@link PasskeyRemoval}, {@link PasskeyRename});
 * a passkey of another holder, or none, is {@code account.passkey-not-found}.
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public interface NamedPasskey extends HolderChange {

  /**
   * The passkey.
   *
   * @return its id
   */
  @NotNull
  @Nullable PasskeyId passkey();
}
