/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.memberportal.account.credential.CurrentPassword;
import org.memberportal.kernel.ValidEmail;

/**
 * Asks to replace the address; the new one must be verified before it takes effect (A7).
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
public abstract class ChangeEmail implements HolderChange, CurrentPassword {

  /**
   * The new address.
   *
   * @return the new address
   */
  @ValidEmail
  public abstract @Nullable String newEmail();

  /**
   * Starts the command.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Never field values: they are personal data or secrets. */
  @Override
  public String toString() {
    return "ChangeEmail{account, newEmail, currentPassword}";
  }

  /** Builds a {@link ChangeEmail}. */
  public static final class Builder extends ImmutableChangeEmail.Builder {}
}
