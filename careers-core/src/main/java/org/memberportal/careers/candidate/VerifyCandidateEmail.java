/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.candidate;

import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.memberportal.account.credential.EnteredCode;
import org.memberportal.kernel.Secret;

/**
 * Command: verifies a careers account's address with the emailed code.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@Value.Immutable
public abstract class VerifyCandidateEmail implements EnteredCode {

  // declared again so that the generated builder sees them as optional (type-use annotations of another module's
  // interface are not visible to the annotation processor)
  @Override
  public abstract @Nullable String email();

  @Override
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
