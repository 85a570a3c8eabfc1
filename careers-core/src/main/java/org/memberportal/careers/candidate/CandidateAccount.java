/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.candidate;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.memberportal.account.credential.CredentialHolder;
import org.memberportal.account.credential.PasswordContext;
import org.memberportal.account.credential.PasswordHash;
import org.memberportal.account.signin.Lockout;
import org.memberportal.account.verification.CodeSubject;
import org.memberportal.careers.CandidateId;
import org.memberportal.kernel.EmailAddress;

/**
 * A careers account: separate from the user account, with its own credentials (C1).
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@Value.Immutable
public abstract class CandidateAccount implements CredentialHolder<CandidateAccount> {

  /**
   * The candidate.
   *
   * @return the id
   */
  public abstract CandidateId id();

  /**
   * The sign-in address, unique by its normalised key.
   *
   * @return the address
   */
  public abstract EmailAddress email();

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
   * The language of the candidate's emails.
   *
   * @return the locale
   */
  public abstract Locale language();

  /**
   * The relation to the organisation declared at sign-up.
   *
   * @return the relation
   */
  public abstract StaffRelation relation();

  /**
   * Where the account stands.
   *
   * @return the status
   */
  public abstract CandidateAccountStatus status();

  /**
   * The password's hash.
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
   * When the account was created.
   *
   * @return the instant
   */
  public abstract Instant createdAt();

  /**
   * When the candidate last signed in (or created the account); the retention rule counts inactivity from the
   * later of this and the profile's last activity.
   *
   * @return the instant
   */
  @Value.Default
  public Instant lastActivity() {
    return createdAt();
  }

  /**
   * The version, for optimistic concurrency: 0 when built, 1 once stored, and one more at each update (the store
   * moves it on).
   *
   * @return the version
   */
  public abstract long version();

  /**
   * The same account at another version; only a store sets it.
   *
   * @param version the version
   * @return a copy
   */
  public abstract CandidateAccount withVersion(long version);

  /**
   * What a password of this candidate must not contain.
   *
   * @return the context
   */
  @Override
  public PasswordContext passwordContext() {
    return PasswordContext.of(email().key(), firstName(), lastName());
  }

  /**
   * Whom the candidate's one-time codes are for: {@code candidate:<id>}.
   *
   * @return the subject
   */
  @Override
  public CodeSubject codeSubject() {
    return codeSubject(id());
  }

  /**
   * Whom a candidate's one-time codes are for, also once the account is gone (erasure forgets them).
   *
   * @param candidate the candidate
   * @return the subject
   */
  public static CodeSubject codeSubject(CandidateId candidate) {
    return CodeSubject.of("candidate", candidate);
  }

  /**
   * The same account with another lockout state.
   *
   * @param lockout the state
   * @return a copy
   */
  @Override
  public abstract CandidateAccount withLockout(Lockout lockout);

  /**
   * The same account with another password.
   *
   * @param password the new hash
   * @return a copy
   */
  @Override
  public abstract CandidateAccount withPassword(PasswordHash password);

  ImmutableCandidateAccount copy() {
    return (ImmutableCandidateAccount) ImmutableCandidateAccount.copyOf(this);
  }

  /**
   * Starts an account; hosts' adapters use it to load one.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Id, masked address and status only. */
  @Override
  public String toString() {
    return "CandidateAccount{" + id() + ", " + email().masked() + ", " + status() + ", v" + version() + "}";
  }

  /** Builds a {@link CandidateAccount}. */
  public static final class Builder extends ImmutableCandidateAccount.Builder {}
}
