/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.credential;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.memberportal.account.credential.CredentialHolders.Fact;
import org.memberportal.account.credential.CredentialHolders.Step;
import org.memberportal.account.recovery.PasswordReset;
import org.memberportal.account.recovery.Requester;
import org.memberportal.account.verification.CodePurpose;
import org.memberportal.account.verification.CodeSubject;
import org.memberportal.account.verification.VerificationCodes;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.Notification;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.PreconditionFailed;
import org.memberportal.kernel.Secret;

/**
 * The credential flows of one kind of account, written once over {@link CredentialHolders}: sign-up with the
 * uniform answer for a taken address (retried when a concurrent sign-up wins the race), verification of the
 * address, sign-in with throttle and lockout ({@link PasswordSignIn}), forgot and reset, and the change of password
 * ({@link PasswordRecovery}). The user accounts and the careers accounts each build one.
 *
 * <p>Every visitor flow checks the command first, then the actor ({@link CredentialHolders#requireVisitor}). The
 * flows never move an account's version: {@link HolderStore#update} does. A flow that judges a one-time
 * code commits the counted attempt before failing with {@code <kind>.code-rejected}.
 *
 * @param <H> the account type
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public final class Credentials<H extends CredentialHolder<H>> {

  /** Email parameter: the one-time code (secret). */
  public static final String CODE = "code";

  /** Email parameter: when the code stops working (ISO-8601 instant). */
  public static final String EXPIRES_AT = "expiresAt";

  /** Email parameter: the end of a lockout (ISO-8601 instant). */
  public static final String LOCKED_UNTIL = "lockedUntil";

  private final CredentialParts<H> parts;
  private final Registration<H> registration;
  private final PasswordSignIn<H> signIn;
  private final PasswordRecovery<H> recovery;

  /**
   * Builds the flows of one kind of account.
   *
   * @param kind the kind of account, the prefix of its refusal reasons ({@code account}, {@code candidate})
   * @param service the kind's service, under whose logger the flows log (a host's log settings keep working)
   * @param host the host (transactions, events, outbox, clock)
   * @param store where the kind's accounts are kept
   * @param holders the kind's rules and words
   * @param settings what the module's builder configured
   * @throws NullPointerException when the code store or the key source is missing (a wiring error)
   */
  public Credentials(String kind, Class<?> service, Host host, HolderStore<H> store, CredentialHolders<H> holders,
      CredentialSettings<?> settings) {
    this.parts = new CredentialParts<>(kind, service, host, store, holders, settings);
    this.registration = new Registration<>(parts);
    this.signIn = new PasswordSignIn<>(parts);
    this.recovery = new PasswordRecovery<>(parts);
  }

  /** {@return the password policy in force} */
  public PasswordPolicy policy() {
    return parts.policy;
  }

  /** {@return the one-time codes, for a module's own purposes (e.g. the code of a new address)} */
  public VerificationCodes codes() {
    return parts.codes;
  }

  /**
   * Whether a password typed to prove who one is matches the holder's, after the same work whatever the case.
   *
   * @param holder the account
   * @param password the password as typed
   * @return true only when it matches
   */
  public boolean matches(H holder, @Nullable Secret password) {
    return parts.matches(holder, password);
  }

  /**
   * Signs a visitor up once the module has validated the form and authorised the actor: the password is hashed
   * before the address is looked up, so both answers cost the same; a new account gets a verification code; the
   * holder of a taken address gets a fresh code when the account still awaits one
   * ({@link Step#RESEND_CODE}), else at most one "someone tried" email a day. Both answer the same.
   *
   * @param email the address
   * @param password the chosen password
   * @param actor the visitor
   * @param newHolder the new account, from the hash and the instant
   * @return the uniform acknowledgement: when it was given
   */
  public Outcome<Instant> signUp(EmailAddress email, Secret password, Actor actor,
      BiFunction<PasswordHash, Instant, H> newHolder) {
    return registration.signUp(email, password, actor, newHolder);
  }

  /**
   * Sends a fresh verification code, killing the previous one, unless the cool-down or the daily cap forbids it.
   *
   * @param holder the account
   * @param actor who asked
   * @param now the instant
   * @param events where the fact {@link Fact#VERIFICATION_CODE_SENT} is recorded
   */
  public void sendVerificationCode(H holder, Actor actor, Instant now, List<DomainEvent> events) {
    registration.sendVerificationCode(holder, actor, now, events);
  }

  /**
   * "Didn't get the code?": sends a fresh verification code, killing the previous one, when an account with the
   * address still awaits verification ({@link Step#VERIFY_EMAIL}), within the cool-down and the daily cap of
   * {@link #sendVerificationCode}. Answers the same whatever the address, so that nobody learns which have
   * accounts.
   *
   * @param command the address, validated first
   * @param actor a visitor
   * @return the uniform acknowledgement: when it was given
   * @since 0.2.0
   */
  public Outcome<Instant> resendCode(EnteredAddress command, Actor actor) {
    return registration.resendCode(command, actor);
  }

  /**
   * Verifies the address given at sign-up with the emailed code: the account moves on ({@link Step#VERIFY_EMAIL}).
   *
   * @param command the command, validated first
   * @param actor a visitor
   * @return the verified account
   * @throws PreconditionFailed {@code <kind>.code-rejected} when the code is wrong, expired,
   *     used, exhausted, or nothing awaits verification (the same answer for all)
   */
  public Outcome<H> verifyEmail(EnteredCode command, Actor actor) {
    return registration.verifyEmail(command, actor);
  }

  /**
   * Signs in: one uniform rejection for an unknown address, a wrong password, a locked or inactive account, after
   * the same hashing work in every case; failures count towards the lockout, a success clears it and upgrades an
   * outdated hash.
   *
   * @param command the command, validated first
   * @param actor a visitor
   * @return the answer
   * @throws org.memberportal.kernel.ValidationFailed before any look-up or hashing, when the password is longer
   *     than the policy's maximum or not well-formed ({@link PasswordPolicy#checkEntered})
   */
  public Outcome<SignInAnswer<H>> signIn(EnteredCredentials command, Actor actor) {
    return signIn.signIn(command, actor);
  }

  /**
   * Sends a password-reset code when an account that may reset has the address; answers the same in every case.
   * Codes are kept per group of {@link Requester#requester()} keys ({@link PasswordReset}).
   *
   * @param command the command, validated first
   * @param email its address as typed
   * @param actor a visitor
   * @return the uniform acknowledgement: when it was given
   */
  public Outcome<Instant> forgotPassword(Requester command, @Nullable String email, Actor actor) {
    return recovery.forgotPassword(command, email, actor);
  }

  /**
   * Sets a new password with a reset code: the policy first (a refused password does not use the code), then the
   * code; the lockout is cleared, the account moves on ({@link Step#RESET_PASSWORD}),
   * {@link CredentialHolders#afterNewPassword} runs and "password changed" is emailed.
   *
   * @param command the command, validated first
   * @param actor a visitor
   * @param <C> the command type
   * @return the account
   * @throws org.memberportal.kernel.ValidationFailed when the new password breaks the policy
   * @throws PreconditionFailed {@code <kind>.code-rejected} when the code is refused
   */
  public <C extends EnteredCode & NewPassword & Requester> Outcome<H> resetPassword(C command, Actor actor) {
    return recovery.resetPassword(command, actor);
  }

  /**
   * Changes the password knowing the current one; kills outstanding reset codes, runs
   * {@link CredentialHolders#afterNewPassword} and emails "password changed".
   *
   * @param command the command, validated first
   * @param actor the holder
   * @param load the account, read inside the transaction; refuses an actor who may not see it
   * @return the account
   * @throws PreconditionFailed {@code <kind>.wrong-password} when the current password is
   *     wrong
   * @throws org.memberportal.kernel.ValidationFailed when the new password breaks the policy, or the current one
   *     is longer than the maximum or not well-formed (before any hashing)
   */
  public Outcome<H> changePassword(PasswordChange command, Actor actor, Supplier<H> load) {
    return recovery.changePassword(command, actor, load);
  }

  /**
   * Forgets every verification and reset code of a subject and their allowances, e.g. when it is erased.
   *
   * @param subject the subject
   */
  public void forget(CodeSubject subject) {
    parts.codes.forget(subject, CodePurpose.EMAIL_VERIFICATION);
    parts.reset.forget(subject);
  }

  /**
   * The answer of a command that judged a one-time code: its value, or, once the counted attempt has been
   * committed, the kind's refusal.
   *
   * @param judged what the transaction returned (empty when the code was refused)
   * @param <T> the value's type
   * @return the outcome
   * @throws PreconditionFailed {@code <kind>.code-rejected} when the code was refused
   */
  public <T> Outcome<T> accepted(Outcome<Optional<T>> judged) {
    return parts.accepted(judged);
  }

  /**
   * Puts a one-time code into an email: the code (a secret parameter, masked and scrubbed after delivery) and
   * when it stops working.
   *
   * @param email the started email
   * @param issued the code
   * @return the email
   */
  public static Notification.Builder withCode(Notification.Builder email, VerificationCodes.Issued issued) {
    email.putParameters(CODE, issued.code().reveal())
        .putParameters(EXPIRES_AT, issued.expiresAt().toString())
        .addSecretParameters(CODE);
    return email;
  }
}
