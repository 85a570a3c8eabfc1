/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.candidate;

import jakarta.validation.constraints.NotNull;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.memberportal.account.credential.PasswordChange;
import org.memberportal.careers.CandidateId;
import org.memberportal.kernel.Secret;

/**
 * Command: changes the password knowing the current one.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@Value.Immutable
public abstract class ChangeCandidatePassword implements PasswordChange {

  /**
   * Whose account.
   *
   * @return the candidate
   */
  @NotNull
  public abstract @Nullable CandidateId candidate();

  // declared again so that the generated builder sees them as optional (type-use annotations of another module's
  // interface are not visible to the annotation processor)
  @Override
  public abstract @Nullable Secret currentPassword();

  /**
   * Starts the command.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ChangeCandidatePassword}. */
  public static final class Builder extends ImmutableChangeCandidatePassword.Builder {}
}
