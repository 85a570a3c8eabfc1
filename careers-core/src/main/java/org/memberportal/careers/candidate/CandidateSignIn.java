package org.memberportal.careers.candidate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.memberportal.kernel.Secret;
import org.memberportal.kernel.Text;

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
  @NotBlank @Email @Size(max = 254)
  @Text
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
