/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.candidate;

import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.memberportal.account.recovery.Requester;
import org.memberportal.kernel.ValidEmail;

/**
 * Command: asks for a password-reset code. The host fills {@link #requester()} (see {@link Requester}).
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@Value.Immutable
public abstract class CandidateForgotPassword implements Requester {

  /**
   * The email address as typed.
   *
   * @return the address
   */
  @ValidEmail
  public abstract @Nullable String email();

  // declared again so that the generated builder sees it as optional (type-use annotations of another module's
  // interface are not visible to the annotation processor)
  @Override
  public abstract @Nullable String requester();

  /**
   * Starts the command.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CandidateForgotPassword}. */
  public static final class Builder extends ImmutableCandidateForgotPassword.Builder {}
}
