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
 * Command: verifies a careers account's address with the emailed code.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@Value.Immutable
public abstract class VerifyCandidateEmail {

  /**
   * The email address as typed.
   *
   * @return the address
   */
  @ValidEmail
  public abstract @Nullable String email();

  /**
   * The one-time code as typed.
   *
   * @return the code
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

  /** Builds a {@link VerifyCandidateEmail}. */
  public static final class Builder extends ImmutableVerifyCandidateEmail.Builder {}
}
