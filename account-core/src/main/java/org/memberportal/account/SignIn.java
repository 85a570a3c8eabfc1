/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.memberportal.account.credential.EnteredCredentials;

/**
 * Signs in with an email address and a password (A4).
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
public abstract class SignIn implements EnteredCredentials {

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
    return "SignIn{email, password}";
  }

  /** Builds a {@link SignIn}. */
  public static final class Builder extends ImmutableSignIn.Builder {}
}
