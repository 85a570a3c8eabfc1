/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import java.time.Instant;
import org.apiguardian.api.API;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;

/**
 * The events of user accounts; together they are each account's audit trail. They carry ids and codes only: no
 * address, name, password, code or hash. Another module reacts to {@link EmailVerified}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@DomainEvent.Subject(kind = "account")
public sealed interface AccountEvent extends DomainEvent {

  /**
   * The account it happened to.
   *
   * @return the account
   */
  AccountId account();

  /**
   * A visitor signed up; the account awaits verification of its address.
   *
   * @param occurredAt when
   * @param actor who
   * @param account which account
   */
  record SignedUp(Instant occurredAt, Actor actor, AccountId account) implements AccountEvent {}

  /**
   * Someone signed up with the address of this existing account; its holder was told.
   *
   * @param occurredAt when
   * @param actor who
   * @param account which account
   */
  record SignUpWithTakenEmail(Instant occurredAt, Actor actor, AccountId account) implements AccountEvent {}

  /**
   * A one-time code was sent to the account's address (or its pending new one).
   *
   * @param occurredAt when
   * @param actor who
   * @param account which account
   * @param purpose what the code proves
   */
  record VerificationCodeSent(Instant occurredAt, Actor actor, AccountId account, String purpose) implements AccountEvent {}

  /**
   * The account's email address was verified: the account is active, and requests made at sign-up (affiliation,
   * TIES) may now go to the focal points.
   *
   * @param occurredAt when
   * @param actor who verified (the holder)
   * @param account which account
   */
  record EmailVerified(Instant occurredAt, Actor actor, AccountId account) implements AccountEvent {}

  /**
   * A submitted code was refused.
   *
   * @param occurredAt when
   * @param actor who
   * @param account which account
   * @param purpose what the code was to prove
   * @param verdict why it was refused
   */
  record VerificationFailed(Instant occurredAt, Actor actor, AccountId account, String purpose, String verdict) implements AccountEvent {}

  /**
   * The holder signed in.
   *
   * @param occurredAt when
   * @param actor who
   * @param account which account
   */
  record SignInSucceeded(Instant occurredAt, Actor actor, AccountId account) implements AccountEvent {}

  /**
   * A sign-in with the account's address failed.
   *
   * @param occurredAt when
   * @param actor who
   * @param account which account
   * @param reason why, for the audit only: wrong-password, locked, not-active
   */
  record SignInFailed(Instant occurredAt, Actor actor, AccountId account, String reason) implements AccountEvent {}

  /**
   * A sign-in with an address no account has failed (subject {@code account:unknown}).
   *
   * @param occurredAt when
   * @param actor who
   * @param account which account
   */
  record UnknownEmailSignInFailed(Instant occurredAt, Actor actor, AccountId account) implements AccountEvent {
    /** The subject of failures that belong to no account. */
    @Override
    public String subject() {
      return "account:unknown";
    }
  }

  /**
   * Too many failed sign-ins: sign-in is refused until the given time.
   *
   * @param occurredAt when
   * @param actor who
   * @param account which account
   * @param until end of the lockout
   */
  record AccountLocked(Instant occurredAt, Actor actor, AccountId account, Instant until) implements AccountEvent {}

  /**
   * The password hash was renewed with the current algorithm and parameters at sign-in.
   *
   * @param occurredAt when
   * @param actor who
   * @param account which account
   */
  record PasswordUpgraded(Instant occurredAt, Actor actor, AccountId account) implements AccountEvent {}

  /**
   * A password-reset code was sent.
   *
   * @param occurredAt when
   * @param actor who
   * @param account which account
   */
  record PasswordResetRequested(Instant occurredAt, Actor actor, AccountId account) implements AccountEvent {}

  /**
   * The password was set with a reset code; the lockout and other codes were cleared.
   *
   * @param occurredAt when
   * @param actor who
   * @param account which account
   */
  record PasswordReset(Instant occurredAt, Actor actor, AccountId account) implements AccountEvent {}

  /**
   * The holder changed the password, knowing the current one.
   *
   * @param occurredAt when
   * @param actor who
   * @param account which account
   */
  record PasswordChanged(Instant occurredAt, Actor actor, AccountId account) implements AccountEvent {}

  /**
   * Personal details were updated.
   *
   * @param occurredAt when
   * @param actor who
   * @param account which account
   */
  record DetailsUpdated(Instant occurredAt, Actor actor, AccountId account) implements AccountEvent {}

  /**
   * The holder asked to change the address; a code was sent to the new one.
   *
   * @param occurredAt when
   * @param actor who
   * @param account which account
   */
  record EmailChangeRequested(Instant occurredAt, Actor actor, AccountId account) implements AccountEvent {}

  /**
   * The new address was verified and replaced the old one.
   *
   * @param occurredAt when
   * @param actor who
   * @param account which account
   */
  record EmailChanged(Instant occurredAt, Actor actor, AccountId account) implements AccountEvent {}

  /**
   * An account was imported from the old platform; it must reset its password.
   *
   * @param occurredAt when
   * @param actor who
   * @param account which account
   */
  record Imported(Instant occurredAt, Actor actor, AccountId account) implements AccountEvent {}

  /**
   * The operator suspended the account.
   *
   * @param occurredAt when
   * @param actor who
   * @param account which account
   * @param reason why
   */
  record Suspended(Instant occurredAt, Actor actor, AccountId account, String reason) implements AccountEvent {}

  /**
   * The operator reactivated the account.
   *
   * @param occurredAt when
   * @param actor who
   * @param account which account
   * @param reason why
   */
  record Reactivated(Instant occurredAt, Actor actor, AccountId account, String reason) implements AccountEvent {}

  /**
   * The operator closed the account.
   *
   * @param occurredAt when
   * @param actor who
   * @param account which account
   * @param reason why
   */
  record Closed(Instant occurredAt, Actor actor, AccountId account, String reason) implements AccountEvent {}

  /**
   * The address was never verified in time: the sign-up was erased and the address freed.
   *
   * @param occurredAt when
   * @param actor who
   * @param account which account
   */
  record SignUpExpired(Instant occurredAt, Actor actor, AccountId account) implements AccountEvent {}

  /**
   * The service desk looked accounts up and was shown this one; when it found none, the account is the all-zero
   * id. The look-up's text is personal data and is not kept.
   *
   * @param occurredAt when
   * @param actor which operator
   * @param account which account was shown
   * @param criterion {@code "email"} or {@code "name"}
   */
  record LookedUp(Instant occurredAt, Actor actor, AccountId account, String criterion) implements AccountEvent {}
}
