package org.memberportal.account;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.memberportal.account.credential.NewPassword;

/**
 * Signs a visitor up (A1): personal details, a password and the acceptance of the Terms.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
public abstract class SignUp implements NewPassword {

  /**
   * The address to verify.
   *
   * @return the address to verify
   */
  @NotBlank @Email @Size(max = 254)
  public abstract @Nullable String email();

  /**
   * First name.
   *
   * @return first name
   */
  @NotBlank @Size(max = 100)
  public abstract @Nullable String firstName();

  /**
   * Last name.
   *
   * @return last name
   */
  @NotBlank @Size(max = 100)
  public abstract @Nullable String lastName();

  /**
   * Courtesy title code (reference data), optional.
   *
   * @return courtesy title code (reference data), optional
   */
  @Size(max = 20)
  public abstract @Nullable String title();

  /**
   * Gender code (reference data).
   *
   * @return gender code (reference data)
   */
  @NotBlank
  public abstract @Nullable String gender();

  /**
   * Job title, optional.
   *
   * @return job title, optional
   */
  @Size(max = 200)
  public abstract @Nullable String jobTitle();

  /**
   * Professional role code (reference data).
   *
   * @return professional role code (reference data)
   */
  @NotBlank
  public abstract @Nullable String professionalRole();

  /**
   * Preferred language code (reference data).
   *
   * @return preferred language code (reference data)
   */
  @NotBlank
  public abstract @Nullable String preferredLanguage();

  /**
   * Whether the visitor wants the newsletter.
   *
   * @return whether the visitor wants the newsletter
   */
  @Value.Default
  public boolean newsletter() {
    return false;
  }

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
    return "SignUp{email, firstName, lastName, password, passwordConfirmation, title, gender, jobTitle, professionalRole, preferredLanguage, newsletter, termsAccepted}";
  }

  /** Builds a {@link SignUp}. */
  public static final class Builder extends ImmutableSignUp.Builder {}
}
