/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.credential;

import java.time.Instant;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.memberportal.account.verification.VerificationCodes;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.Notification;

/**
 * One kind of account as the credential flows ({@link Credentials}) see it: which of its states allow which step,
 * who counts as a visitor, what a sign-in or a new password changes besides the credential, and what it records
 * and emails in its own words (its store is a {@link HolderStore}). The user accounts and the careers accounts
 * each implement it once; the flows are written once over it.
 *
 * @param <H> the account type
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public interface CredentialHolders<H extends CredentialHolder<H>> {

  /** A step of the credential flows, which the kind's own workflow table allows or not. */
  enum Step {
    /**
     * Verify the address with the code sent at sign-up; where it is allowed, "Didn't get the code?" sends a fresh
     * one ({@link Credentials#resendCode}).
     */
    VERIFY_EMAIL,
    /** Answer a sign-up with the address of an account awaiting verification with a fresh code. */
    RESEND_CODE,
    /** Sign in. */
    SIGN_IN,
    /** Set a new password with a reset code. */
    RESET_PASSWORD,
    /** Change the password knowing the current one. */
    CHANGE_PASSWORD
  }

  /** An email of the credential flows. */
  enum Mail {
    /** The sign-up verification code. */
    VERIFICATION_CODE,
    /** "Someone tried to sign up with your address", at most once a day. */
    SIGN_UP_ATTEMPT,
    /** The password-reset code. */
    RESET_CODE,
    /** "Your password was changed". */
    PASSWORD_CHANGED,
    /** "Your account is locked until ...", at most once a day. */
    ACCOUNT_LOCKED
  }

  /** What happened in a credential flow, for the kind's audit events. */
  enum Fact {
    /** A new account awaits verification. */
    SIGNED_UP,
    /** A sign-up gave the address of this account. */
    SIGN_UP_WITH_TAKEN_EMAIL,
    /** A verification code went out. */
    VERIFICATION_CODE_SENT,
    /** A verification code was refused; the detail is the verdict. */
    VERIFICATION_REFUSED,
    /** The address is verified. */
    EMAIL_VERIFIED,
    /** The holder signed in. */
    SIGNED_IN,
    /** A sign-in failed; the detail says why ({@code locked}, {@code wrong-password}, {@code not-active}, ...). */
    SIGN_IN_FAILED,
    /** A sign-in with an address no account has failed (no holder). */
    UNKNOWN_EMAIL_SIGN_IN_FAILED,
    /** A failed sign-in locked the account; the holder carries the new lockout. */
    LOCKED,
    /** The password's hash was remade with the current parameters. */
    PASSWORD_UPGRADED,
    /** A password-reset code went out. */
    RESET_REQUESTED,
    /** A password-reset code was refused; the detail is the verdict. */
    RESET_CODE_REFUSED,
    /** The password was set with a reset code. */
    PASSWORD_RESET,
    /** The password was changed knowing the current one. */
    PASSWORD_CHANGED
  }

  /**
   * Refuses an actor who may not use the visitor steps (sign-up, verification, sign-in, recovery).
   *
   * @param actor the actor
   * @throws org.memberportal.kernel.NotAllowed in the kind's words
   */
  void requireVisitor(Actor actor);

  /**
   * Whether the account's state allows the step at all.
   *
   * @param holder the account
   * @param step the step
   * @return true when the kind's workflow table has it
   */
  boolean allows(H holder, Step step);

  /**
   * The account in the state the step leads to, for this actor.
   *
   * @param holder the account
   * @param step the step
   * @param actor who takes it
   * @return a copy in the next state
   * @throws org.memberportal.kernel.IllegalTransition or {@link org.memberportal.kernel.NotAllowed} per the table
   */
  H next(H holder, Step step, Actor actor);

  /**
   * Whether the account must set a password with a reset code before it may sign in (an answer of its own).
   *
   * @param holder the account
   * @return true for a migrated account that has not done it yet
   */
  boolean mustResetFirst(H holder);

  /**
   * What else a successful sign-in changes (e.g. the last activity the retention rule reads).
   *
   * @param holder the account, lockout cleared
   * @param now the instant
   * @return the account to store
   */
  H afterSignIn(H holder, Instant now);

  /**
   * What else a new password ends (e.g. a pending change of address and its code).
   *
   * @param holder the account
   * @param codes the one-time codes, to revoke what the old password started
   * @return the account to store
   */
  H afterNewPassword(H holder, VerificationCodes codes);

  /**
   * Starts an email of the flows: its kind, recipient, language and idempotency key
   * ({@code <kind>:<id>:<key>}); empty when the kind sends no such email.
   *
   * @param mail which email
   * @param holder to whom
   * @param key what tells this email from another of the same kind, e.g. the UTC day
   * @return the started notification, if the kind sends it
   */
  Optional<Notification.Builder> mail(Mail mail, H holder, String key);

  /**
   * The audit event of a fact, if the kind records it.
   *
   * @param fact what happened
   * @param holder the account, or null for {@link Fact#UNKNOWN_EMAIL_SIGN_IN_FAILED}
   * @param detail the fact's detail, or empty
   * @param actor who acted
   * @param now when
   * @return the event, if any
   */
  Optional<DomainEvent> event(Fact fact, @Nullable H holder, String detail, Actor actor, Instant now);
}
