/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.candidate;

import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.memberportal.account.credential.EnteredCredentials;
import org.memberportal.kernel.Secret;

/**
 * Command: signs a candidate in.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@Value.Immutable
public abstract class CandidateSignIn implements EnteredCredentials {

  // declared again so that the generated builder sees them as optional (type-use annotations of another module's
  // interface are not visible to the annotation processor)
  @Override
  public abstract @Nullable String email();

  @Override
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
