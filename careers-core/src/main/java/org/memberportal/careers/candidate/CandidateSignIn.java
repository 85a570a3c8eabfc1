/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.candidate;

import jakarta.validation.constraints.NotNull;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.memberportal.kernel.Secret;
import org.memberportal.kernel.ValidEmail;

/**
 * Command: signs a candidate in.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@Value.Immutable
public abstract class CandidateSignIn {

  /**
   * The email address as typed.
   *
   * @return the address
   */
  @ValidEmail
  public abstract @Nullable String email();

  /**
   * The password.
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

  /** Builds a {@link CandidateSignIn}. */
  public static final class Builder extends ImmutableCandidateSignIn.Builder {}
}
