/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.factor;

import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Removes one of the holder's passkeys.
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
@Value.Immutable
public abstract class PasskeyRemoval implements NamedPasskey {

  /**
   * Starts the command.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Never field values: they are secrets or browser data. */
  @Override
  public String toString() {
    return "PasskeyRemoval{account, passkey}";
  }

  /** Builds a {@link PasskeyRemoval}. */
  public static final class Builder extends ImmutablePasskeyRemoval.Builder {}
}
