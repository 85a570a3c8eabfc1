/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.memberportal.account.credential.EnteredCode;
import org.memberportal.account.credential.NewPassword;
import org.memberportal.account.recovery.Requester;

/**
 * Sets a new password with a reset code (A5, and the only way to open a migrated account, A6). The host fills
 * {@link #requester()} as it did for the {@link ForgotPassword} that sent the code (see {@link Requester}).
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
public abstract class ResetPassword implements EnteredCode, NewPassword, Requester {

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
    return "ResetPassword{email, code, password, passwordConfirmation, requester}";
  }

  /** Builds a {@link ResetPassword}. */
  public static final class Builder extends ImmutableResetPassword.Builder {}
}
