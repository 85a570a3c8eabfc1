/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import jakarta.validation.constraints.NotNull;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.memberportal.account.credential.NewPassword;
import org.memberportal.account.recovery.Requester;
import org.memberportal.kernel.Secret;
import org.memberportal.kernel.ValidEmail;

/**
 * Sets a new password with a reset code (A5, and the only way to open a migrated account, A6). The host fills
 * {@link #requester()} as it did for the {@link ForgotPassword} that sent the code (see {@link Requester}).
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
public abstract class ResetPassword implements NewPassword, Requester {

  /**
   * The address the code was sent to.
   *
   * @return the address the code was sent to
   */
  @ValidEmail
  public abstract @Nullable String email();

  /**
   * The reset code.
   *
   * @return the reset code
   */
  @NotNull
  public abstract @Nullable Secret code();

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
