package org.memberportal.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.memberportal.kernel.AccountId;

/**
 * Updates the holder's personal details (A7).
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
public abstract class UpdateDetails {

  /**
   * The account.
   *
   * @return the account
   */
  @NotNull
  public abstract @Nullable AccountId account();

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
   * Courtesy title code, optional.
   *
   * @return courtesy title code, optional
   */
  @Size(max = 20)
  public abstract @Nullable String title();

  /**
   * Gender code.
   *
   * @return gender code
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
   * Professional role code.
   *
   * @return professional role code
   */
  @NotBlank
  public abstract @Nullable String professionalRole();

  /**
   * Preferred language code.
   *
   * @return preferred language code
   */
  @NotBlank
  public abstract @Nullable String preferredLanguage();

  /**
   * Newsletter opt-in.
   *
   * @return newsletter opt-in
   */
  @Value.Default
  public boolean newsletter() {
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
    return "UpdateDetails{account, firstName, lastName, title, gender, jobTitle, professionalRole, preferredLanguage, newsletter}";
  }

  /** Builds a {@link UpdateDetails}. */
  public static final class Builder extends ImmutableUpdateDetails.Builder {}
}
