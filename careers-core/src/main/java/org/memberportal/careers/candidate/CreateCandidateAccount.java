/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.candidate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.memberportal.account.credential.NewPassword;
import org.memberportal.kernel.Text;
import org.memberportal.kernel.ValidEmail;

/**
 * Command: creates a careers account (C1), subject to the staff rule (C2).
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@Value.Immutable
public abstract class CreateCandidateAccount implements NewPassword {

  /**
   * The email address as typed.
   *
   * @return the address
   */
  @ValidEmail
  public abstract @Nullable String email();

  /**
   * First name.
   *
   * @return the name
   */
  @NotBlank @Size(max = 100)
  @Text
  public abstract @Nullable String firstName();

  /**
   * Last name.
   *
   * @return the name
   */
  @NotBlank @Size(max = 100)
  @Text
  public abstract @Nullable String lastName();

  /**
   * The language of the candidate's emails.
   *
   * @return the locale
   */
  @NotNull
  public abstract @Nullable Locale language();

  /**
   * The applicant's relation to the organisation.
   *
   * @return the relation
   */
  @NotNull
  public abstract @Nullable StaffRelation relation();

  /**
   * Starts the command.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CreateCandidateAccount}. */
  public static final class Builder extends ImmutableCreateCandidateAccount.Builder {}
}
