/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.memberportal.account.credential.Credentials;
import org.memberportal.account.credential.PasswordPolicy;
import org.memberportal.account.factor.FactorPolicy;
import org.memberportal.account.factor.SecondFactors;
import org.memberportal.account.port.AccountDirectory;
import org.memberportal.account.reference.ReferenceData;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.Page;
import org.memberportal.kernel.PreconditionFailed;
import org.memberportal.kernel.ValidationFailed;

/**
 * The user-account service (A1-A10), a façade over one class per use case: {@code SigningUp} (and verifying),
 * {@link Credentials} (sign-in, forgot, reset: the flows all accounts share), {@code SigningIn} (their second factor),
 * {@code HolderChanges}, {@code Migration}, {@code OperatorDecisions}, {@code ServiceDesk}. Every command validates its
 * input, authorises the actor, consults {@link AccountWorkflow}, runs in one transaction ({@link Host#command}) and
 * returns the new state with its events. A command judging a one-time code commits the counted attempt before failing
 * with {@code account.code-rejected}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class UserAccounts implements AccountDirectory {

  /** Reason of a refused one-time code (wrong, expired, used, too many attempts or none issued). */
  public static final String CODE_REJECTED = AccountRefusals.CODE_REJECTED;

  private final AccountParts parts;
  private final SigningUp signingUp;
  private final HolderChanges changes;
  private final Migration migration;
  private final OperatorDecisions decisions;
  private final ServiceDesk serviceDesk;
  private final SigningIn signingIn;

  private UserAccounts(Builder b) {
    this.parts = AccountParts.wire(b);
    this.signingIn = new SigningIn(parts);
    this.signingUp = new SigningUp(parts);
    this.changes = new HolderChanges(parts);
    this.migration = new Migration(parts);
    this.decisions = new OperatorDecisions(parts);
    this.serviceDesk = new ServiceDesk(parts);
  }

  /** {@return a builder of the service} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the password policy in force, for a live checklist on forms} */
  public PasswordPolicy passwordPolicy() {
    return parts.credentials().policy();
  }

  /**
   * {@return the second factors of the accounts (issue 24): TOTP, recovery codes, passkeys, the second sign-in step}
   *
   * @throws IllegalStateException when the host wired no second-factor stores ({@code Builder.secondFactors})
   * @since 0.2.0
   */
  public SecondFactors secondFactors() {
    return signingIn.secondFactors();
  }

  /** {@return the reference data of the sign-up form} */
  public ReferenceData referenceData() {
    return parts.reference();
  }

  /**
   * Signs a visitor up (A1, A4b): a new account awaits verification, emailed a code ({@code SignedUp}); the holder
   * of a taken address is told instead, or sent a fresh code while unverified ({@code SignUpWithTakenEmail}).
   *
   * @param actor an anonymous visitor or an account holder
   * @return the uniform acknowledgement
   * @throws ValidationFailed listing every broken field and password rule
   * @throws NotAllowed when the actor is staff or a system process
   */
  public Outcome<Acknowledgement> signUp(SignUp command, Actor actor) {
    return signingUp.signUp(command, actor);
  }

  /**
   * {@return the active account's summary, its address verified with the code (A3; {@link AccountEvent.EmailVerified})}
   *
   * @throws PreconditionFailed {@link #CODE_REJECTED} for any refused code, and for no such sign-up
   */
  public Outcome<AccountSummary> verifyEmail(VerifyEmail command, Actor actor) {
    return signingUp.verifyEmail(command, actor);
  }

  /**
   * {@return the uniform acknowledgement of a fresh verification code (A3), sent within the cool-down and the daily
   * cap, killing the previous one ({@code VerificationCodeSent})}
   */
  public Outcome<Acknowledgement> resendCode(ResendCode command, Actor actor) {
    return signingUp.resendCode(command, actor);
  }

  /**
   * Signs in (A4, {@link Credentials#signIn}): one uniform failure for an unknown address, a wrong password, an
   * unverified, locked, suspended or closed account, after the same hashing work; failures count towards the
   * lockout (its start emailed at most once a day), successes clear it and upgrade an outdated hash. An account
   * with a second factor answers {@link SignInResult.SecondFactorRequired} instead of {@code SignedIn}.
   *
   * @return what the host may show; events {@code SignInSucceeded} / {@code SignInFailed} / ...
   * @throws ValidationFailed before any look-up or hashing, for a password no chosen one can be
   */
  public Outcome<SignInResult> signIn(SignIn command, Actor actor) {
    return signingIn.signIn(command, actor);
  }

  /**
   * Sends a password-reset code when an account that may reset has the address (A5); answers the same in every
   * case. Neither a lockout nor other requesters can prevent it (codes per group of requesters).
   *
   * @return the uniform acknowledgement; events {@code PasswordResetRequested} when a code went out
   */
  public Outcome<Acknowledgement> forgotPassword(ForgotPassword command, Actor actor) {
    return parts.credentials().forgotPassword(command, command.email(), actor).map(Acknowledgement::new);
  }

  /**
   * Sets a new password with a reset code (A5, A6): the policy, then the code; clears the lockout, activates a
   * migrated account, cancels a pending change of address and emails "password changed".
   *
   * @return the account's summary; events {@code PasswordReset}
   * @throws ValidationFailed when the new password breaks the policy (the code is not used)
   * @throws PreconditionFailed {@link #CODE_REJECTED} when the code is refused
   */
  public Outcome<AccountSummary> resetPassword(ResetPassword command, Actor actor) {
    return parts.credentials().resetPassword(command, actor).map(Account::summary);
  }

  /**
   * Changes the password knowing the current one (A7); kills outstanding reset codes, cancels a pending change of
   * address and emails "password changed".
   *
   * @return the summary; events {@code PasswordChanged}
   * @throws PreconditionFailed {@code account.wrong-password} when the current password is wrong
   * @throws ValidationFailed when the new password breaks the policy, or the current one cannot be a password
   */
  public Outcome<AccountSummary> changePassword(ChangePassword command, Actor actor) {
    return changes.changePassword(command, actor);
  }

  /** {@return the summary with the details the holder or an operator updated (A7; {@code DetailsUpdated})} */
  public Outcome<AccountSummary> updateDetails(UpdateDetails command, Actor actor) {
    return changes.updateDetails(command, actor);
  }

  /**
   * Asks to change the address (A7): with the right password and an address no other account has, a code goes
   * to the new address; the current one stays until {@link #confirmEmailChange}.
   *
   * @return the summary; events {@code EmailChangeRequested}, {@code VerificationCodeSent}
   * @throws org.memberportal.kernel.Conflict {@code account.email-taken} when another account has the address
   */
  public Outcome<AccountSummary> changeEmail(ChangeEmail command, Actor actor) {
    return changes.changeEmail(command, actor);
  }

  /**
   * Confirms a new address with the code sent to it (A7): it replaces the current one.
   *
   * @return the summary with the new address; events {@code EmailChanged}
   * @throws PreconditionFailed {@link #CODE_REJECTED}, or {@code account.no-pending-email} when none was asked
   */
  public Outcome<AccountSummary> confirmEmailChange(ConfirmEmailChange command, Actor actor) {
    return changes.confirmEmailChange(command, actor);
  }

  /**
   * Imports an account from the old platform (A6): trusted address, no password; it must reset before signing in.
   *
   * @param actor an operator or a system process
   * @return the summary, {@link AccountStatus#PASSWORD_RESET_REQUIRED}; events {@code Imported}
   * @throws org.memberportal.kernel.Conflict {@code account.email-taken} when an account has the address
   */
  public Outcome<AccountSummary> importAccount(ImportAccount command, Actor actor) {
    return migration.importAccount(command, actor);
  }

  /**
   * The account {@link #importAccount} would store for the command, and its {@code Imported} event, without storing or
   * publishing anything: the same checks and the same normalisation, for a host's bulk import that writes many accounts
   * at once (the PostgreSQL adapter's {@code AccountImport}). The writer must keep what the store keeps: one account
   * per normalised address ({@code EmailAddress.key()}), and the event in the log with the account.
   *
   * @param actor an operator or a system process
   * @param at when the account is imported: its creation time and the event's
   * @return the account to store, at no version yet, and its {@code Imported} event
   * @throws ValidationFailed listing every broken constraint, as {@link #importAccount} would
   * @throws NotAllowed when the actor is neither an operator nor a system process
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  public Outcome<Account> accountToImport(ImportAccount command, Actor actor, Instant at) {
    return migration.accountToImport(command, actor, at);
  }

  /** {@return the summary of the account an operator suspended (A9), audited with the reason ({@code Suspended})} */
  public Outcome<AccountSummary> suspend(OperatorDecision command, Actor actor) {
    return decisions.decide(command, actor, AccountAction.SUSPEND);
  }

  /** {@return the summary of the account an operator reactivated (A9), audited ({@code Reactivated})} */
  public Outcome<AccountSummary> reactivate(OperatorDecision command, Actor actor) {
    return decisions.decide(command, actor, AccountAction.REACTIVATE);
  }

  /** {@return the summary of the account an operator closed for good (A9), audited ({@code Closed})} */
  public Outcome<AccountSummary> close(OperatorDecision command, Actor actor) {
    return decisions.decide(command, actor, AccountAction.CLOSE);
  }

  /**
   * Finds accounts for the service desk (A9): by normalised address or by name (every word a word of the first or
   * last name, folded), a page at a time, by last and first name. Each account shown is recorded in its own trail
   * ({@code LookedUp}, the criterion but not the text); none found, under the all-zero account.
   *
   * @return the page of summaries
   * @throws ValidationFailed (first) for neither or both criteria, a malformed address or a page out of range
   * @throws NotAllowed when the actor is not an operator
   */
  public Outcome<Page<AccountSummary>> findAccounts(FindAccounts command, Actor actor) {
    return serviceDesk.findAccounts(command, actor);
  }

  /**
   * {@return how many sign-ups, not verified within the configured lifetime, a system process erased, freeing
   * their addresses ({@code SignUpExpired})}
   */
  public Outcome<Integer> expireUnverified(Actor actor) {
    return signingUp.expireUnverified(actor);
  }

  /** {@return the audit trail of an account (who did what, when), oldest first, for the holder or the operator} */
  public List<DomainEvent> auditTrail(AccountId id, Actor actor) {
    return serviceDesk.auditTrail(id, actor);
  }

  @Override
  public FactorPolicy factorPolicy() {
    return parts.factorPolicy();
  }

  @Override
  public Optional<AccountSummary> find(AccountId id) {
    return serviceDesk.find(id);
  }

  @Override
  public Map<AccountId, AccountSummary> findAll(Collection<AccountId> ids) {
    return serviceDesk.findAll(ids);
  }

  /**
   * Configures {@link UserAccounts} ({@link UserAccountSettings}): the host and ports are required; everything else
   * has the seed's defaults.
   *
   * @since 0.1.0
   */
  @API(status = API.Status.STABLE, since = "0.1.0")
  public static final class Builder extends UserAccountSettings<Builder> {

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * {@return the service built}
     *
     * @throws NullPointerException when the host or a port is missing (a wiring error)
     */
    public UserAccounts build() {
      return new UserAccounts(this);
    }
  }
}
