/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.memberportal.account.credential.CredentialHolder;
import org.memberportal.account.credential.PasswordContext;
import org.memberportal.account.credential.PasswordHash;
import org.memberportal.account.signin.Lockout;
import org.memberportal.account.verification.CodeSubject;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.EmailAddress;

/**
 * A user account: who the holder is, how to reach them, their credential and where the account stands. Changed
 * only by {@link UserAccounts}; stores keep it as a whole with its version.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
public abstract class Account implements CredentialHolder<Account> {

  /**
   * The account's id.
   *
   * @return the id
   */
  public abstract AccountId id();

  /**
   * The current address (verified unless {@link AccountStatus#AWAITING_VERIFICATION}).
   *
   * @return the address
   */
  public abstract EmailAddress email();

  /**
   * A new address waiting for verification before it replaces {@link #email()}.
   *
   * @return the pending address, if any
   */
  public abstract Optional<EmailAddress> pendingEmail();

  /**
   * Courtesy title code (reference data), optional.
   *
   * @return the title
   */
  public abstract Optional<String> title();

  /**
   * First name.
   *
   * @return the name
   */
  public abstract String firstName();

  /**
   * Last name.
   *
   * @return the name
   */
  public abstract String lastName();

  /**
   * Gender code (reference data); empty for migrated accounts that had none.
   *
   * @return the gender
   */
  public abstract Optional<String> gender();

  /**
   * Job title, free text.
   *
   * @return the job title
   */
  public abstract Optional<String> jobTitle();

  /**
   * Professional role code (reference data); empty for migrated accounts that had none.
   *
   * @return the role
   */
  public abstract Optional<String> professionalRole();

  /**
   * Preferred language, used for notifications.
   *
   * @return the language
   */
  public abstract Locale language();

  /**
   * Whether the holder wants the newsletter.
   *
   * @return the opt-in
   */
  public abstract boolean newsletter();

  /**
   * When the Terms of Use and Privacy Notice were accepted; empty for migrated accounts until they do.
   *
   * @return the acceptance time
   */
  public abstract Optional<Instant> termsAcceptedAt();

  /**
   * Where the account stands.
   *
   * @return the status
   */
  public abstract AccountStatus status();

  /**
   * The password hash; empty for migrated accounts until their reset.
   *
   * @return the hash
   */
  public abstract Optional<PasswordHash> password();

  /**
   * Sign-in failures and lockout.
   *
   * @return the lockout state
   */
  @Override
  @Value.Default
  public Lockout lockout() {
    return Lockout.NONE;
  }

  /**
   * Data carried over from the old platform (e.g. affiliation), by name; empty for sign-ups.
   *
   * @return the legacy attributes
   */
  public abstract Map<String, String> legacyAttributes();

  /**
   * When the account was created (signed up or imported).
   *
   * @return the instant
   */
  public abstract Instant createdAt();

  /**
   * The stored version, for optimistic concurrency.
   *
   * @return the version
   */
  @Value.Default
  public long version() {
    return 0;
  }

  /**
   * Whom the account's one-time codes are for: {@code account:<id>}.
   *
   * @return the subject
   */
  @Override
  public CodeSubject codeSubject() {
    return CodeSubject.of("account", id());
  }

  /**
   * The same account with another lockout state.
   *
   * @param lockout the state
   * @return a copy
   */
  @Override
  public abstract Account withLockout(Lockout lockout);

  /**
   * The same account with another password.
   *
   * @param password the new hash
   * @return a copy
   */
  @Override
  public abstract Account withPassword(PasswordHash password);

  /**
   * What other modules may know of the account.
   *
   * @return the summary
   */
  public AccountSummary summary() {
    return new AccountSummary(id(), email(), firstName(), lastName(), language(), status());
  }

  /**
   * What the holder's password must not contain.
   *
   * @return the context
   */
  public PasswordContext passwordContext() {
    return PasswordContext.of(email().key(), firstName(), lastName());
  }

  /**
   * The same account at another stored version, for stores.
   *
   * @param next the version
   * @return a copy
   */
  public Account withStoredVersion(long next) {
    return copy().withVersion(next);
  }

  /** A modifiable-by-copy view, for the service in this package. */
  ImmutableAccount copy() {
    return (ImmutableAccount) ImmutableAccount.copyOf(this);
  }

  /**
   * Starts an account.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Ids and status only: the rest is personal data or a secret. */
  @Override
  public String toString() {
    return "Account{" + id() + ", " + email().masked() + ", " + status() + ", v" + version() + "}";
  }

  /** Builds an {@link Account}. */
  public static final class Builder extends ImmutableAccount.Builder {}
}
