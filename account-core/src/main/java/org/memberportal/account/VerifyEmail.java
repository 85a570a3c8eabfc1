/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.memberportal.account.credential.EnteredCode;

/**
 * Submits the code sent to the address given at sign-up (A3).
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
public abstract class VerifyEmail implements EnteredCode {

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
    return "VerifyEmail{email, code}";
  }

  /** Builds a {@link VerifyEmail}. */
  public static final class Builder extends ImmutableVerifyEmail.Builder {}
}
