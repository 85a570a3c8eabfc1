package org.memberportal.careers.candidate;

import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.memberportal.kernel.ValidEmail;

/**
 * Command: asks for a password-reset code.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@Value.Immutable
public abstract class CandidateForgotPassword {

  /**
   * The email address as typed.
   *
   * @return the address
   */
  @ValidEmail
  public abstract @Nullable String email();

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
