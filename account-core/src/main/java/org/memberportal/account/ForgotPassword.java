/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.memberportal.account.credential.EnteredAddress;
import org.memberportal.account.recovery.Requester;

/**
 * Asks for a password-reset code (A5). The host fills {@link #requester()} (see {@link Requester}).
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
public abstract class ForgotPassword implements EnteredAddress, Requester {

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
    return "ForgotPassword{email, requester}";
  }

  /** Builds a {@link ForgotPassword}. */
  public static final class Builder extends ImmutableForgotPassword.Builder {}
}
