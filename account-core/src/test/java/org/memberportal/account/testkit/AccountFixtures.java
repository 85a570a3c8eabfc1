/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.testkit;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.memberportal.account.ImportAccount;
import org.memberportal.account.SignUp;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Secret;
import org.memberportal.kernel.StaffId;

/** Valid commands to start from, for tests of the account module and of modules built on it. */
public final class AccountFixtures {

  /** A password that satisfies the seed policy for the fixtures' names and addresses. */
  public static final String PASSWORD = "Blue-Heron-Sky-42";

  /** Another acceptable password. */
  public static final String OTHER_PASSWORD = "Quiet!Meadow-77";

  /** An operator. */
  public static final Actor OPERATOR =
      Actor.operator(new StaffId(UUID.fromString("00000000-0000-0000-0000-0000000000aa")));

  private AccountFixtures() {}

  /**
   * A valid sign-up form for an address, with {@link #PASSWORD}; change any field, then {@link SignUpForm#build()}.
   *
   * @param email the address
   * @return the form
   */
  public static SignUpForm signUp(String email) {
    return new SignUpForm(email);
  }

  /**
   * A valid import of a migrated account.
   *
   * @param email the address
   * @return the command
   */
  public static ImportAccount importAccount(String email) {
    return ImportAccount.builder()
        .email(email)
        .firstName("Grace")
        .lastName("Hopper")
        .preferredLanguage("fr")
        .putLegacyAttributes("organisation", "ITU-R SG5")
        .build();
  }

  /** A sign-up form whose fields tests may change (the command's builder is strict: set once). */
  public static final class SignUpForm {
    public @Nullable String email;
    public @Nullable String firstName = "Ada";
    public @Nullable String lastName = "Lovelace";
    public @Nullable String password = PASSWORD;
    public @Nullable String confirmation = PASSWORD;
    public @Nullable String title = "dr";
    public @Nullable String gender = "female";
    public @Nullable String jobTitle = "Analyst";
    public @Nullable String professionalRole = "engineer";
    public @Nullable String language = "en";
    public boolean newsletter = true;
    public boolean termsAccepted = true;
    public @Nullable String organisationName;

    SignUpForm(String email) {
      this.email = email;
    }

    /**
     * Sets password and confirmation.
     *
     * @param value the password
     * @return this form
     */
    public SignUpForm password(@Nullable String value) {
      this.password = value;
      this.confirmation = value;
      return this;
    }

    /**
     * Applies any change.
     *
     * @param change the change
     * @return this form
     */
    public SignUpForm with(java.util.function.Consumer<SignUpForm> change) {
      change.accept(this);
      return this;
    }

    /**
     * The command.
     *
     * @return the sign-up
     */
    public SignUp build() {
      return SignUp.builder()
          .email(email)
          .firstName(firstName)
          .lastName(lastName)
          .password(password == null ? null : Secret.of(password))
          .passwordConfirmation(confirmation == null ? null : Secret.of(confirmation))
          .title(title)
          .gender(gender)
          .jobTitle(jobTitle)
          .professionalRole(professionalRole)
          .preferredLanguage(language)
          .newsletter(newsletter)
          .termsAccepted(termsAccepted)
          .organisationName(organisationName)
          .build();
    }
  }
}
