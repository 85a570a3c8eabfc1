/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.memberportal.account.credential.PasswordChange;

/**
 * Changes the password, knowing the current one (A7).
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
public abstract class ChangePassword implements PasswordChange, HolderChange {

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
    return "ChangePassword{account, currentPassword, password, passwordConfirmation}";
  }

  /** Builds a {@link ChangePassword}. */
  public static final class Builder extends ImmutableChangePassword.Builder {}
}
