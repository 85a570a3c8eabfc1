/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.memberportal.account.credential.NewPassword;
import org.memberportal.kernel.Text;
import org.memberportal.kernel.ValidEmail;

/**
 * Signs a visitor up (A1): personal details, a password and the acceptance of the Terms.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
public abstract class SignUp implements PersonalDetails, NewPassword {

  /**
   * The address to verify.
   *
   * @return the address to verify
   */
  @ValidEmail
  public abstract @Nullable String email();

  /**
   * The name of the organisation the visitor works for, as typed on the form (step 2); used only as context of
   * the password policy (a password may not contain it), not kept.
   *
   * @return the organisation's name, or null
   */
  @Size(max = 200)
  @Text
  public abstract @Nullable String organisationName();

  /**
   * Whether the Terms of Use and Privacy Notice were accepted.
   *
   * @return whether the Terms of Use and Privacy Notice were accepted
   */
  @AssertTrue(message = "{account.terms.required}")
  @Value.Default
  public boolean termsAccepted() {
    return false;
  }

  /**
   * Starts the command.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Never field values: they are personal data or secrets. */
  @Override
  public String toString() {
    return "SignUp{email, firstName, lastName, password, passwordConfirmation, title, gender, jobTitle, professionalRole, preferredLanguage, newsletter, termsAccepted, organisationName}";
  }

  /** Builds a {@link SignUp}. */
  public static final class Builder extends ImmutableSignUp.Builder {}
}
