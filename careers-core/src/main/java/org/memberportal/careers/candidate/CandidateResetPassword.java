/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.candidate;

import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.memberportal.account.credential.NewPassword;
import org.memberportal.account.recovery.Requester;

/**
 * Command: sets a new password with a reset code. The host fills {@link #requester()} as it did for the
 * {@link CandidateForgotPassword} that sent the code (see {@link Requester}).
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@Value.Immutable
public abstract class CandidateResetPassword implements EnteredCandidateCode, NewPassword, Requester {

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

  /** Builds a {@link CandidateResetPassword}. */
  public static final class Builder extends ImmutableCandidateResetPassword.Builder {}
}
