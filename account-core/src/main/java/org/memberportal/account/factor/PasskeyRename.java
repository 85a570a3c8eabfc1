/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.factor;

import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Gives one of the holder's passkeys another name.
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
@Value.Immutable
public abstract class PasskeyRename implements NamedPasskey, PasskeyName {

  /**
   * Starts the command.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Never field values: a name is the holder's words. */
  @Override
  public String toString() {
    return "PasskeyRename{account, passkey, name}";
  }

  /** Builds a {@link PasskeyRename}. */
  public static final class Builder extends ImmutablePasskeyRename.Builder {}
}
