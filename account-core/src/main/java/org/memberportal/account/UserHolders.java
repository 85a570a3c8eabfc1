/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import static org.memberportal.account.AccountWorkflow.TABLE;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.memberportal.account.credential.CredentialHolders;
import org.memberportal.account.credential.CredentialMails;
import org.memberportal.account.credential.SignInAnswer;
import org.memberportal.account.port.Accounts;
import org.memberportal.account.verification.CodePurpose;
import org.memberportal.account.verification.VerificationCodes;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.NotFound;
import org.memberportal.kernel.Notification;

/**
 * The user accounts as the credential flows see them, and the roles an actor has on one: visitors (anonymous or
 * any account holder) sign up, verify, sign in and recover; the holder, the operator and system processes act on
 * an existing account.
 */
final class UserHolders implements CredentialHolders<Account> {

  /** The all-zero id, under which what concerns no account is recorded. */
  static final AccountId NO_ACCOUNT = new AccountId(new UUID(0, 0));

  /** The kinds of the credential flows' emails to user accounts. */
  private static final CredentialMails MAILS = new CredentialMails(AccountNotifications.VERIFICATION_CODE,
      AccountNotifications.SIGN_UP_ATTEMPT, AccountNotifications.RESET_CODE, AccountNotifications.PASSWORD_CHANGED,
      AccountNotifications.ACCOUNT_LOCKED);

  private final Accounts accounts;

  UserHolders(Accounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public void requireVisitor(Actor actor) {
    visitorRoles(actor, NO_ACCOUNT);
  }

  @Override
  public boolean allows(Account holder, Step step) {
    return TABLE.allows(holder.status(), action(step));
  }

  @Override
  public Account next(Account holder, Step step, Actor actor) {
    Set<AccountRole> roles =
        step == Step.CHANGE_PASSWORD ? relation(actor, holder.id()) : visitorRoles(actor, holder.id());
    return holder.copy().withStatus(TABLE.next(holder.status(), action(step), roles));
  }

  /** What the user accounts answer for the credential flow's sign-in verdict. */
  static SignInResult result(SignInAnswer<Account> answer) {
    return switch (answer.verdict()) {
      case SIGNED_IN -> new SignInResult.SignedIn(answer.holder().orElseThrow().id());
      case RESET_REQUIRED -> new SignInResult.PasswordResetRequired();
      case REJECTED -> new SignInResult.Rejected();
    };
  }

  @Override
  public boolean mustResetFirst(Account holder) {
    return holder.status() == AccountStatus.PASSWORD_RESET_REQUIRED;
  }

  @Override
  public Account afterSignIn(Account holder, Instant now) {
    return holder;
  }

  /**
   * A new password ends what the old one started: a pending change of address is cancelled and its code revoked,
   * so whoever knew the old password cannot complete it.
   */
  @Override
  public Account afterNewPassword(Account holder, VerificationCodes codes) {
    codes.revoke(holder.codeSubject(), CodePurpose.EMAIL_CHANGE);
    return holder.copy().withPendingEmail(Optional.empty());
  }

  @Override
  public Optional<Notification.Builder> mail(Mail mail, Account holder, String key) {
    return MAILS.start(mail, holder.id(), holder.email(), holder.language(), key)
        .map(b -> b.putParameters(AccountNotifications.FIRST_NAME, holder.firstName()));
  }

  @Override
  public Optional<DomainEvent> event(Fact fact, @Nullable Account holder, String detail, Actor actor, Instant now) {
    AccountId id = holder == null ? NO_ACCOUNT : holder.id();
    return Optional.of(switch (fact) {
      case SIGNED_UP -> new AccountEvent.SignedUp(now, actor, id);
      case SIGN_UP_WITH_TAKEN_EMAIL -> new AccountEvent.SignUpWithTakenEmail(now, actor, id);
      case VERIFICATION_CODE_SENT ->
          new AccountEvent.VerificationCodeSent(now, actor, id, CodePurpose.EMAIL_VERIFICATION.value());
      case VERIFICATION_REFUSED ->
          new AccountEvent.VerificationFailed(now, actor, id, CodePurpose.EMAIL_VERIFICATION.value(), detail);
      case EMAIL_VERIFIED -> new AccountEvent.EmailVerified(now, actor, id);
      case SIGNED_IN -> new AccountEvent.SignInSucceeded(now, actor, id);
      case SIGN_IN_FAILED -> new AccountEvent.SignInFailed(now, actor, id, detail);
      case UNKNOWN_EMAIL_SIGN_IN_FAILED -> new AccountEvent.UnknownEmailSignInFailed(now, actor, NO_ACCOUNT);
      case LOCKED -> new AccountEvent.AccountLocked(now, actor, id,
          Objects.requireNonNull(holder).lockout().until().orElseThrow());
      case PASSWORD_UPGRADED -> new AccountEvent.PasswordUpgraded(now, actor, id);
      case RESET_REQUESTED -> new AccountEvent.PasswordResetRequested(now, actor, id);
      case RESET_CODE_REFUSED ->
          new AccountEvent.VerificationFailed(now, actor, id, CodePurpose.PASSWORD_RESET.value(), detail);
      case PASSWORD_RESET -> new AccountEvent.PasswordReset(now, actor, id);
      case PASSWORD_CHANGED -> new AccountEvent.PasswordChanged(now, actor, id);
    });
  }

  /** An email to an account's holder, in their language, keyed {@code <kind>:<id>:<key>}. */
  static Notification.Builder notification(Account account, EmailAddress to, String kind, String key) {
    return CredentialMails.start(kind, account.id(), to, account.language(), key)
        .putParameters(AccountNotifications.FIRST_NAME, account.firstName());
  }

  /**
   * An account an actor acts on, refusing those who have no relation to it.
   *
   * @throws NotAllowed when the actor has no relation to the account
   * @throws NotFound when there is no such account (for those who may know)
   */
  Account load(AccountId id, Actor actor) {
    Optional<Account> found = accounts.find(id);
    if (found.isEmpty()) {
      if (relation(actor, id).isEmpty()) {
        throw new NotAllowed(AccountRefusals.NOT_ALLOWED, "not allowed on this account");
      }
      throw new NotFound(AccountRefusals.NOT_FOUND, "no such account");
    }
    return found.get();
  }

  /** Roles of an actor on the visitor flows (sign-up, verification, sign-in, recovery). */
  static Set<AccountRole> visitorRoles(Actor actor, AccountId id) {
    if (actor instanceof Actor.Anonymous) {
      return Set.of(AccountRole.ANONYMOUS);
    }
    if (actor instanceof Actor.AccountHolder holder) {
      return holder.account().equals(id)
          ? Set.of(AccountRole.ANONYMOUS, AccountRole.OWNER)
          : Set.of(AccountRole.ANONYMOUS);
    }
    throw new NotAllowed(AccountRefusals.VISITORS_ONLY, "only visitors and account holders may do this");
  }

  /** Roles of an actor on an existing account. */
  static Set<AccountRole> relation(Actor actor, AccountId id) {
    if (actor instanceof Actor.AccountHolder holder) {
      return holder.account().equals(id) ? Set.of(AccountRole.OWNER) : Set.of();
    }
    if (actor instanceof Actor.Operator) {
      return Set.of(AccountRole.OPERATOR);
    }
    if (actor instanceof Actor.System) {
      return Set.of(AccountRole.SYSTEM);
    }
    return Set.of();
  }

  private static AccountAction action(Step step) {
    return AccountAction.valueOf(step.name());
  }
}
