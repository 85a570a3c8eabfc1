/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.factor;

import jakarta.validation.constraints.NotNull;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.memberportal.account.HolderChange;
import org.memberportal.kernel.Secret;

/**
 * The holder's password typed again, to re-authenticate before adding or removing a factor.
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
@Value.Immutable
public abstract class PasswordProof implements HolderChange {

  /**
   * The current password as typed.
   *
   * @return the password
   */
  @NotNull
  public abstract @Nullable Secret password();

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
    return "PasswordProof{account, password}";
  }

  /** Builds a {@link PasswordProof}. */
  public static final class Builder extends ImmutablePasswordProof.Builder {}
}
