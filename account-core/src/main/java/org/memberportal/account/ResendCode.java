/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.memberportal.account.credential.EnteredAddress;

/**
 * Asks for a fresh verification code for the address signed up with ("Didn't get the code?", A3).
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
public abstract class ResendCode implements EnteredAddress {

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
    return "ResendCode{email}";
  }

  /** Builds a {@link ResendCode}. */
  public static final class Builder extends ImmutableResendCode.Builder {}
}
