/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import static org.memberportal.account.AccountWorkflow.TABLE;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.memberportal.account.AccountEvent.AccountLocked;
import org.memberportal.account.credential.CredentialCheck;
import org.memberportal.account.credential.PasswordContext;
import org.memberportal.account.credential.PasswordHash;
import org.memberportal.account.credential.PasswordHashing;
import org.memberportal.account.credential.PasswordPolicy;
import org.memberportal.account.port.AccountDirectory;
import org.memberportal.account.port.Accounts;
import org.memberportal.account.port.IssuedCodes;
import org.memberportal.account.port.PasswordHasher;
import org.memberportal.account.port.Secrets;
import org.memberportal.account.recovery.PasswordReset;
import org.memberportal.account.recovery.ResetLimits;
import org.memberportal.account.reference.ReferenceData;
import org.memberportal.account.signin.Lockout;
import org.memberportal.account.signin.SignInThrottle;
import org.memberportal.account.verification.CodePurpose;
import org.memberportal.account.verification.CodeRules;
import org.memberportal.account.verification.CodeSubject;
import org.memberportal.account.verification.VerificationCodes;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.NotFound;
import org.memberportal.kernel.Notification;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.Page;
import org.memberportal.kernel.PreconditionFailed;
import org.memberportal.kernel.Role;
import org.memberportal.kernel.SearchKey;
import org.memberportal.kernel.Secret;
import org.memberportal.kernel.Validation;
import org.memberportal.kernel.ValidationFailed;
import org.memberportal.kernel.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user-account service (A1-A10): sign-up, email verification, sign-in, password recovery, migrated
 * accounts, changes by the holder and operator actions. Every command validates its input, authorises the
 * actor, consults {@link AccountWorkflow}, runs in one transaction through {@link Host#command} and returns the
 * new state with its events.
 *
 * <p>Commands that judge a one-time code (verify, reset, confirm an email change) commit the counted attempt
 * before failing with {@code account.code-rejected}: that counter is the point of the limit.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class UserAccounts implements AccountDirectory {

  /** Reason of a refused one-time code (wrong, expired, used, too many attempts or none issued). */
  public static final String CODE_REJECTED = "account.code-rejected";

  private static final Logger LOG = LoggerFactory.getLogger(UserAccounts.class);
  private static final AccountId NO_ACCOUNT = new AccountId(new UUID(0, 0));
  private static final int RETRIES = 3;

  private final Host host;
  private final Accounts accounts;
  private final PasswordHasher hasher;
  private final CredentialCheck credentials;
  private final PasswordPolicy policy;
  private final ReferenceData reference;
  private final VerificationCodes codes;
  private final PasswordReset reset;
  private final SignInThrottle throttle;
  private final Duration unverifiedLifetime;

  private UserAccounts(Builder b) {
    this.host = Objects.requireNonNull(b.host, "host");
    this.accounts = Objects.requireNonNull(b.accounts, "accounts");
    this.credentials = new CredentialCheck(b.hasher, b.formerHashers);
    this.hasher = credentials.hasher();
    this.policy = b.policy;
    this.reference = b.reference;
    this.codes = new VerificationCodes(Objects.requireNonNull(b.codes, "codes"),
        Objects.requireNonNull(b.secrets, "secrets"), b.codeRules);
    this.reset = new PasswordReset(codes, policy, hasher, b.resetLimits);
    this.throttle = b.throttle;
    this.unverifiedLifetime = b.unverifiedLifetime;
  }

  /**
   * Starts configuring the service.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The password policy in force, for a live checklist on forms.
   *
   * @return the policy
   */
  public PasswordPolicy passwordPolicy() {
    return policy;
  }

  /**
   * The reference data of the sign-up form.
   *
   * @return the lists
   */
  public ReferenceData referenceData() {
    return reference;
  }

  // ---------------------------------------------------------------------------------------------- sign-up (A1)

  /**
   * Signs a visitor up (A1, A4b): validates every field and the password policy, then either creates an account
   * awaiting verification and emails it a code, or, when the address is taken, emails its holder that someone
   * tried (or, when that account is itself still unverified, sends it a fresh code within the resend limits).
   * Both answer the same {@link Acknowledgement}.
   *
   * @param command the form
   * @param actor an anonymous visitor
   * @return the uniform acknowledgement; events {@code SignedUp} + {@code VerificationCodeSent}, or
   *     {@code SignUpWithTakenEmail}
   * @throws ValidationFailed listing every broken field and password rule
   * @throws NotAllowed when the actor is staff or a system process
   */
  public Outcome<Acknowledgement> signUp(SignUp command, Actor actor) {
    visitorRoles(actor, NO_ACCOUNT);
    validate(command, actor, () -> {
      List<Violation> out = new ArrayList<>();
      checkChoices(out, command, actor);
      out.addAll(policy.violations(command,
          PasswordContext.of(value(command.email()), value(command.firstName()), value(command.lastName()))
              .withOrganisation(value(command.organisationName())),
          actor.locale()));
      return out;
    });
    EmailAddress email = EmailAddress.of(value(command.email()));
    // hashed before knowing whether the address is taken, so both answers cost the same
    PasswordHash hash = hasher.hash(Objects.requireNonNull(command.password()));
    return retryOnRace(() -> host.command(() -> signUpWork(command, email, hash, actor)));
  }

  private Outcome<Acknowledgement> signUpWork(SignUp command, EmailAddress email, PasswordHash hash, Actor actor) {
    Instant now = host.clock().instant();
    Optional<Account> existing = accounts.findByEmail(email);
    if (existing.isPresent()) {
      Account holder = existing.get();
      List<DomainEvent> events = new ArrayList<>();
      events.add(new AccountEvent.SignUpWithTakenEmail(now, actor, holder.id()));
      if (holder.status() == AccountStatus.AWAITING_VERIFICATION) {
        // most likely the same person, who lost the code: a fresh one helps, within the resend limits
        sendCode(holder, holder.email(), CodePurpose.EMAIL_VERIFICATION, AccountNotifications.VERIFICATION_CODE,
            actor, now, events);
      } else {
        // at most one such email a day, so the form cannot be used to flood an inbox
        host.notify(notification(holder, holder.email(), AccountNotifications.SIGN_UP_ATTEMPT, day(now)).build());
      }
      LOG.info("sign-up with the address of account {} ({}): holder told", holder.id(), email.masked());
      return new Outcome<>(new Acknowledgement(now), events);
    }
    Account account = Account.builder()
        .id(AccountId.random())
        .email(email)
        .title(Optional.ofNullable(command.title()))
        .firstName(value(command.firstName()).strip())
        .lastName(value(command.lastName()).strip())
        .gender(value(command.gender()))
        .jobTitle(Optional.ofNullable(command.jobTitle()))
        .professionalRole(value(command.professionalRole()))
        .language(Locale.forLanguageTag(value(command.preferredLanguage())))
        .newsletter(command.newsletter())
        .termsAcceptedAt(now)
        .status(AccountStatus.AWAITING_VERIFICATION)
        .password(hash)
        .createdAt(now)
        .build();
    accounts.add(account);
    List<DomainEvent> events = new ArrayList<>();
    events.add(new AccountEvent.SignedUp(now, actor, account.id()));
    sendCode(account, email, CodePurpose.EMAIL_VERIFICATION, AccountNotifications.VERIFICATION_CODE, actor, now,
        events);
    LOG.info("account {} signed up ({})", account.id(), email.masked());
    return new Outcome<>(new Acknowledgement(now), events);
  }

  /**
   * Verifies the address given at sign-up with the emailed code (A3): the account becomes active and
   * {@link EmailVerified} is published.
   *
   * @param command the address and the code
   * @param actor the visitor (or the holder)
   * @return the active account's summary; events {@code EmailVerified}
   * @throws PreconditionFailed {@link #CODE_REJECTED} when the code is wrong, expired, used, exhausted, or there
   *     is no such sign-up (the same answer for all)
   */
  public Outcome<AccountSummary> verifyEmail(VerifyEmail command, Actor actor) {
    Validation.check(command, actor);
    EmailAddress email = EmailAddress.of(value(command.email()));
    Outcome<Optional<AccountSummary>> judged = host.command(() -> {
      Instant now = host.clock().instant();
      Optional<Account> found = accounts.findByEmail(email)
          .filter(a -> a.status() == AccountStatus.AWAITING_VERIFICATION);
      if (found.isEmpty()) {
        visitorRoles(actor, NO_ACCOUNT);
        return new Outcome<>(Optional.empty(), List.of());
      }
      Account account = found.get();
      Set<Role> roles = visitorRoles(actor, account.id());
      VerificationCodes.Verdict verdict =
          codes.redeem(subject(account), CodePurpose.EMAIL_VERIFICATION, secret(command.code()), now);
      if (verdict != VerificationCodes.Verdict.ACCEPTED) {
        LOG.info("verification code for account {} refused: {}", account.id(), verdict);
        return new Outcome<>(Optional.empty(), List.of(new AccountEvent.VerificationFailed(
            now, actor, account.id(), CodePurpose.EMAIL_VERIFICATION.value(), verdict.name())));
      }
      AccountStatus next = TABLE.next(account.status(), AccountAction.VERIFY_EMAIL, roles);
      Account saved = accounts.update(account.copy().withStatus(next));
      LOG.info("account {} verified its address", account.id());
      return new Outcome<>(Optional.of(saved.summary()), List.of(new EmailVerified(now, actor, account.id())));
    });
    return accepted(judged);
  }

  /**
   * Sends a fresh verification code, killing the previous one (A3), unless the cool-down or the daily cap
   * forbids it; answers the same in every case.
   *
   * @param command the address signed up with
   * @param actor the visitor
   * @return the uniform acknowledgement; events {@code VerificationCodeSent} when a code went out
   */
  public Outcome<Acknowledgement> resendCode(ResendCode command, Actor actor) {
    Validation.check(command, actor);
    visitorRoles(actor, NO_ACCOUNT);
    EmailAddress email = EmailAddress.of(value(command.email()));
    return host.command(() -> {
      Instant now = host.clock().instant();
      List<DomainEvent> events = new ArrayList<>();
      accounts.findByEmail(email)
          .filter(a -> TABLE.allows(a.status(), AccountAction.RESEND_CODE))
          .ifPresent(a -> sendCode(a, a.email(), CodePurpose.EMAIL_VERIFICATION,
              AccountNotifications.VERIFICATION_CODE, actor, now, events));
      return new Outcome<>(new Acknowledgement(now), events);
    });
  }

  // ---------------------------------------------------------------------------------------------- sign-in (A4)

  /**
   * Signs in (A4): one uniform failure for an unknown address, a wrong password, an unverified, locked, suspended
   * or closed account, after the same hashing work (one hash) in every case. Failures count towards the
   * account's lockout; successes clear it and upgrade an outdated hash. Both are audit events.
   *
   * @param command the address and password
   * @param actor the visitor
   * @return what the host may show; events {@code SignInSucceeded} / {@code SignInFailed} / ...
   * @throws ValidationFailed before any look-up or hashing, when the password is longer than the policy's maximum
   *     or not well-formed ({@link PasswordPolicy#checkEntered})
   */
  public Outcome<SignInResult> signIn(SignIn command, Actor actor) {
    Validation.check(command, actor);
    policy.checkEntered("password", command.password(), actor.locale());
    visitorRoles(actor, NO_ACCOUNT);
    EmailAddress email = EmailAddress.of(value(command.email()));
    Secret password = secret(command.password());
    Instant seen = host.clock().instant();
    Optional<Account> found = host.query(() -> accounts.findByEmail(email));
    boolean locked = found.map(a -> throttle.current(a.lockout(), seen).lockedAt(seen)).orElse(false);
    Optional<PasswordHash> stored = found.filter(a -> !locked).flatMap(Account::password);
    // the expensive part runs outside the transaction, and exactly once whatever the case
    boolean matches = credentials.matches(stored, password);
    Optional<PasswordHash> upgrade = matches && hasher.needsUpgrade(stored.orElseThrow())
        ? Optional.of(hasher.hash(password)) : Optional.empty();
    return host.command(() -> {
      Instant now = host.clock().instant();
      Optional<Account> current = found.flatMap(a -> accounts.find(a.id()));
      if (current.isEmpty()) {
        LOG.info("sign-in failed for an unknown address");
        return new Outcome<>(new SignInResult.Rejected(),
            List.of(new AccountEvent.UnknownEmailSignInFailed(now, actor, NO_ACCOUNT)));
      }
      Account account = current.get();
      if (account.status() == AccountStatus.PASSWORD_RESET_REQUIRED) {
        return new Outcome<>(new SignInResult.PasswordResetRequired(),
            List.of(new AccountEvent.SignInFailed(now, actor, account.id(), "password-reset-required")));
      }
      if (locked) {
        LOG.info("sign-in refused for account {}: locked", account.id());
        return new Outcome<>(new SignInResult.Rejected(),
            List.of(new AccountEvent.SignInFailed(now, actor, account.id(), "locked")));
      }
      if (!matches || !account.password().equals(stored)) {
        return signInFailed(account, actor, now);
      }
      if (!TABLE.allows(account.status(), AccountAction.SIGN_IN)) {
        LOG.info("sign-in refused for account {}: {}", account.id(), account.status());
        return new Outcome<>(new SignInResult.Rejected(),
            List.of(new AccountEvent.SignInFailed(now, actor, account.id(), "not-active")));
      }
      TABLE.next(account.status(), AccountAction.SIGN_IN, Set.of(Role.ANONYMOUS));
      List<DomainEvent> events = new ArrayList<>();
      Draft changed = new Draft(account.copy().withLockout(Lockout.NONE));
      upgrade.ifPresent(h -> {
        changed.value = changed.value.withPassword(h);
        events.add(new AccountEvent.PasswordUpgraded(now, actor, account.id()));
      });
      accounts.update(changed.value);
      events.add(0, new AccountEvent.SignInSucceeded(now, actor, account.id()));
      LOG.info("account {} signed in", account.id());
      return new Outcome<>(new SignInResult.SignedIn(account.id()), events);
    });
  }

  /**
   * A new password ends what the old one started: a pending change of address is cancelled and its code revoked,
   * so whoever knew the old password cannot complete it.
   */
  private ImmutableAccount afterNewPassword(Account account) {
    codes.revoke(subject(account), CodePurpose.EMAIL_CHANGE);
    return account.copy().withPendingEmail(Optional.empty());
  }

  /** A mutable holder for a copy built in a lambda. */
  private static final class Draft {
    ImmutableAccount value;

    Draft(ImmutableAccount value) {
      this.value = value;
    }
  }

  private Outcome<SignInResult> signInFailed(Account account, Actor actor, Instant now) {
    Lockout before = throttle.current(account.lockout(), now);
    Lockout after = throttle.afterFailure(before, now);
    accounts.update(account.copy().withLockout(after));
    List<DomainEvent> events = new ArrayList<>();
    events.add(new AccountEvent.SignInFailed(now, actor, account.id(), "wrong-password"));
    if (throttle.startedLockout(before, after)) {
      Instant until = after.until().orElseThrow();
      // at most one such email a lockout day, so repeated lockouts cannot flood the holder's inbox
      host.notify(notification(account, account.email(), AccountNotifications.ACCOUNT_LOCKED, day(now))
          .putParameters(AccountNotifications.LOCKED_UNTIL, until.toString())
          .build());
      events.add(new AccountLocked(now, actor, account.id(), until));
      LOG.info("account {} locked until {}", account.id(), until);
    }
    return new Outcome<>(new SignInResult.Rejected(), events);
  }

  // --------------------------------------------------------------------------------------------- recovery (A5)

  /**
   * Sends a password-reset code when an account that may reset has the address (A5); answers the same in every
   * case. A sign-in lockout never prevents it, nor can requests from other requesters: codes are kept per group
   * of {@link ForgotPassword#requester()} keys under {@link ResetLimits}.
   *
   * @param command the address
   * @param actor the visitor
   * @return the uniform acknowledgement; events {@code PasswordResetRequested} when a code went out
   */
  public Outcome<Acknowledgement> forgotPassword(ForgotPassword command, Actor actor) {
    Validation.check(command, actor);
    visitorRoles(actor, NO_ACCOUNT);
    EmailAddress email = EmailAddress.of(value(command.email()));
    return host.command(() -> {
      Instant now = host.clock().instant();
      List<DomainEvent> events = new ArrayList<>();
      Optional<Account> found = accounts.findByEmail(email)
          .filter(a -> TABLE.allows(a.status(), AccountAction.RESET_PASSWORD));
      found.ifPresent(a -> reset.request(subject(a), command.requester(), now).ifPresent(sent -> {
        host.notify(codeNotification(a, a.email(), AccountNotifications.RESET_CODE, sent.code(), sent.key()));
        events.add(new AccountEvent.PasswordResetRequested(now, actor, a.id()));
        LOG.info("password reset code sent for account {}", a.id());
      }));
      return new Outcome<>(new Acknowledgement(now), events);
    });
  }

  /**
   * Sets a new password with a reset code (A5, A6): applies the policy, uses the code, clears the lockout,
   * activates a migrated account, cancels a pending change of address (and revokes its code) and emails
   * "password changed".
   *
   * @param command the address, code and new password
   * @param actor the visitor
   * @return the account's summary; events {@code PasswordReset}
   * @throws ValidationFailed when the new password breaks the policy (the code is not used)
   * @throws PreconditionFailed {@link #CODE_REJECTED} when the code is refused
   */
  public Outcome<AccountSummary> resetPassword(ResetPassword command, Actor actor) {
    Validation.check(command, actor);
    visitorRoles(actor, NO_ACCOUNT);
    EmailAddress email = EmailAddress.of(value(command.email()));
    Outcome<Optional<AccountSummary>> judged = host.command(() -> {
      Instant now = host.clock().instant();
      Optional<Account> found = accounts.findByEmail(email)
          .filter(a -> TABLE.allows(a.status(), AccountAction.RESET_PASSWORD));
      PasswordContext context = found.map(Account::passwordContext).orElse(PasswordContext.of(email.key()));
      if (found.isEmpty()) {
        policy.check(command, context, actor.locale());
        return new Outcome<>(Optional.empty(), List.of());
      }
      Account account = found.get();
      PasswordReset.Result result = reset.redeem(subject(account), command.requester(), secret(command.code()),
          secret(command.password()), secret(command.passwordConfirmation()), context, actor.locale(), now);
      if (result instanceof PasswordReset.Refused refused) {
        return new Outcome<>(Optional.empty(), List.of(new AccountEvent.VerificationFailed(
            now, actor, account.id(), CodePurpose.PASSWORD_RESET.value(), refused.verdict().name())));
      }
      PasswordHash hash = ((PasswordReset.Reset) result).hash();
      AccountStatus next = TABLE.next(account.status(), AccountAction.RESET_PASSWORD,
          visitorRoles(actor, account.id()));
      Account saved = accounts.update(afterNewPassword(account).withPassword(hash).withStatus(next)
          .withLockout(Lockout.NONE));
      host.notify(notification(account, account.email(), AccountNotifications.PASSWORD_CHANGED,
          String.valueOf(now.toEpochMilli())).build());
      LOG.info("account {} reset its password", account.id());
      return new Outcome<>(Optional.of(saved.summary()),
          List.of(new AccountEvent.PasswordReset(now, actor, account.id())));
    });
    return accepted(judged);
  }

  // ------------------------------------------------------------------------------------------ holder (A7)

  /**
   * Changes the password knowing the current one (A7); kills outstanding reset codes, cancels a pending change of
   * address (and revokes its code) and emails "password changed".
   *
   * @param command the account, current and new password
   * @param actor the holder
   * @return the summary; events {@code PasswordChanged}
   * @throws PreconditionFailed {@code account.wrong-password} when the current password is wrong
   * @throws ValidationFailed when the new password breaks the policy, or the current one is longer than the
   *     maximum or not well-formed (before any hashing)
   */
  public Outcome<AccountSummary> changePassword(ChangePassword command, Actor actor) {
    Validation.check(command, actor);
    policy.checkEntered("currentPassword", command.currentPassword(), actor.locale());
    AccountId id = Objects.requireNonNull(command.account());
    return host.command(() -> {
      Instant now = host.clock().instant();
      Account account = load(id, actor);
      TABLE.next(account.status(), AccountAction.CHANGE_PASSWORD, relation(actor, id));
      policy.check(command, account.passwordContext(), actor.locale());
      if (!credentials.matches(account.password(), secret(command.currentPassword()))) {
        throw new PreconditionFailed("account.wrong-password", "the current password is wrong");
      }
      Account saved = accounts.update(afterNewPassword(account).withPassword(hasher.hash(secret(command.password()))));
      reset.revoke(subject(account));
      host.notify(notification(account, account.email(), AccountNotifications.PASSWORD_CHANGED,
          String.valueOf(now.toEpochMilli())).build());
      LOG.info("account {} changed its password", id);
      return Outcome.of(saved.summary(), new AccountEvent.PasswordChanged(now, actor, id));
    });
  }

  /**
   * Updates the personal details (A7), by the holder or the operator.
   *
   * @param command the new details
   * @param actor the holder or an operator
   * @return the summary; events {@code DetailsUpdated}
   */
  public Outcome<AccountSummary> updateDetails(UpdateDetails command, Actor actor) {
    validate(command, actor, () -> {
      List<Violation> out = new ArrayList<>();
      checkChoices(out, command, actor);
      return out;
    });
    AccountId id = Objects.requireNonNull(command.account());
    return host.command(() -> {
      Instant now = host.clock().instant();
      Account account = load(id, actor);
      TABLE.next(account.status(), AccountAction.UPDATE_DETAILS, relation(actor, id));
      Account saved = accounts.update(account.copy()
          .withFirstName(value(command.firstName()).strip())
          .withLastName(value(command.lastName()).strip())
          .withTitle(Optional.ofNullable(command.title()))
          .withGender(value(command.gender()))
          .withJobTitle(Optional.ofNullable(command.jobTitle()))
          .withProfessionalRole(value(command.professionalRole()))
          .withLanguage(Locale.forLanguageTag(value(command.preferredLanguage())))
          .withNewsletter(command.newsletter()));
      LOG.info("account {} details updated", id);
      return Outcome.of(saved.summary(), new AccountEvent.DetailsUpdated(now, actor, id));
    });
  }

  /**
   * Asks to change the address (A7): after checking the password and that no other account has it, sends a
   * code to the new address; the current address stays until {@link #confirmEmailChange}.
   *
   * @param command the account, new address and current password
   * @param actor the holder
   * @return the summary (address unchanged); events {@code EmailChangeRequested}, {@code VerificationCodeSent}
   * @throws org.memberportal.kernel.Conflict {@code account.email-taken} when another account has the address
   */
  public Outcome<AccountSummary> changeEmail(ChangeEmail command, Actor actor) {
    Validation.check(command, actor);
    AccountId id = Objects.requireNonNull(command.account());
    EmailAddress email = EmailAddress.of(value(command.newEmail()));
    return host.command(() -> {
      Instant now = host.clock().instant();
      Account account = load(id, actor);
      TABLE.next(account.status(), AccountAction.CHANGE_EMAIL, relation(actor, id));
      if (!credentials.matches(account.password(), secret(command.currentPassword()))) {
        throw new PreconditionFailed("account.wrong-password", "the current password is wrong");
      }
      if (email.equals(account.email())) {
        throw ValidationFailed.of(Validation.violation("newEmail", "account.email.unchanged", actor.locale()));
      }
      if (accounts.findByEmail(email).isPresent()) {
        throw new Conflict(Accounts.EMAIL_TAKEN, "another account has this address");
      }
      Account saved = accounts.update(account.copy().withPendingEmail(email));
      List<DomainEvent> events = new ArrayList<>();
      events.add(new AccountEvent.EmailChangeRequested(now, actor, id));
      VerificationCodes.Issue issue = codes.issue(subject(account), CodePurpose.EMAIL_CHANGE, now);
      if (issue instanceof VerificationCodes.Throttled throttled) {
        throw new PreconditionFailed("account.code-throttled", "a code was sent moments ago; retry after "
            + throttled.retryAt());
      }
      VerificationCodes.Issued issued = (VerificationCodes.Issued) issue;
      host.notify(codeNotification(saved, email, AccountNotifications.EMAIL_CHANGE_CODE, issued,
          String.valueOf(issued.issuedAt().toEpochMilli())));
      events.add(new AccountEvent.VerificationCodeSent(now, actor, id, CodePurpose.EMAIL_CHANGE.value()));
      LOG.info("account {} asked to change its address to {}", id, email.masked());
      return new Outcome<>(saved.summary(), events);
    });
  }

  /**
   * Confirms a new address with the code sent to it (A7): it replaces the current one.
   *
   * @param command the account and code
   * @param actor the holder
   * @return the summary with the new address; events {@code EmailChanged}
   * @throws PreconditionFailed {@link #CODE_REJECTED} when the code is refused, {@code account.no-pending-email}
   *     when no change was asked
   * @throws org.memberportal.kernel.Conflict {@code account.email-taken} when another account took the address
   */
  public Outcome<AccountSummary> confirmEmailChange(ConfirmEmailChange command, Actor actor) {
    Validation.check(command, actor);
    AccountId id = Objects.requireNonNull(command.account());
    Outcome<Optional<AccountSummary>> judged = host.command(() -> {
      Instant now = host.clock().instant();
      Account account = load(id, actor);
      TABLE.next(account.status(), AccountAction.CONFIRM_EMAIL_CHANGE, relation(actor, id));
      EmailAddress pending = account.pendingEmail().orElseThrow(
          () -> new PreconditionFailed("account.no-pending-email", "no change of address was asked"));
      VerificationCodes.Verdict verdict =
          codes.redeem(subject(account), CodePurpose.EMAIL_CHANGE, secret(command.code()), now);
      if (verdict != VerificationCodes.Verdict.ACCEPTED) {
        return new Outcome<>(Optional.empty(), List.of(new AccountEvent.VerificationFailed(
            now, actor, id, CodePurpose.EMAIL_CHANGE.value(), verdict.name())));
      }
      Account saved = accounts.update(account.copy().withEmail(pending).withPendingEmail(Optional.empty()));
      LOG.info("account {} changed its address to {}", id, pending.masked());
      return new Outcome<>(Optional.of(saved.summary()), List.of(new AccountEvent.EmailChanged(now, actor, id)));
    });
    return accepted(judged);
  }

  // ---------------------------------------------------------------------------------------- migration (A6)

  /**
   * Imports an account from the old platform (A6): its address is trusted, it has no password (old hashes are
   * never accepted) and it must go through the reset flow before it can sign in.
   *
   * @param command the account's data
   * @param actor an operator or a system process
   * @return the summary, status {@link AccountStatus#PASSWORD_RESET_REQUIRED}; events {@code Imported}
   * @throws org.memberportal.kernel.Conflict {@code account.email-taken} when an account has the address
   */
  public Outcome<AccountSummary> importAccount(ImportAccount command, Actor actor) {
    if (!(actor instanceof Actor.Operator) && !(actor instanceof Actor.System)) {
      throw new NotAllowed("account.not-allowed", "only the operator imports accounts");
    }
    validate(command, actor, () -> {
      List<Violation> out = new ArrayList<>();
      checkChoice(out, "preferredLanguage", command.preferredLanguage(), reference.languages(), actor);
      return out;
    });
    EmailAddress email = EmailAddress.of(value(command.email()));
    return host.command(() -> {
      Instant now = host.clock().instant();
      Account account = Account.builder()
          .id(AccountId.random())
          .email(email)
          .title(Optional.ofNullable(command.title()))
          .firstName(value(command.firstName()).strip())
          .lastName(value(command.lastName()).strip())
          .gender(Optional.ofNullable(command.gender()))
          .jobTitle(Optional.ofNullable(command.jobTitle()))
          .professionalRole(Optional.ofNullable(command.professionalRole()))
          .language(Locale.forLanguageTag(value(command.preferredLanguage())))
          .newsletter(false)
          .status(AccountStatus.PASSWORD_RESET_REQUIRED)
          .putAllLegacyAttributes(command.legacyAttributes())
          .createdAt(now)
          .build();
      accounts.add(account);
      LOG.info("account {} imported ({})", account.id(), email.masked());
      return Outcome.of(account.summary(), new AccountEvent.Imported(now, actor, account.id()));
    });
  }

  // ------------------------------------------------------------------------------------------ operator (A9)

  /**
   * Suspends an account (A9); audited with the operator and the reason.
   *
   * @param command the account and reason
   * @param actor an operator
   * @return the summary; events {@code Suspended}
   */
  public Outcome<AccountSummary> suspend(OperatorDecision command, Actor actor) {
    return decide(command, actor, AccountAction.SUSPEND);
  }

  /**
   * Lifts a suspension (A9); audited.
   *
   * @param command the account and reason
   * @param actor an operator
   * @return the summary; events {@code Reactivated}
   */
  public Outcome<AccountSummary> reactivate(OperatorDecision command, Actor actor) {
    return decide(command, actor, AccountAction.REACTIVATE);
  }

  /**
   * Closes an account for good (A9); audited.
   *
   * @param command the account and reason
   * @param actor an operator
   * @return the summary; events {@code Closed}
   */
  public Outcome<AccountSummary> close(OperatorDecision command, Actor actor) {
    return decide(command, actor, AccountAction.CLOSE);
  }

  private Outcome<AccountSummary> decide(OperatorDecision command, Actor actor, AccountAction action) {
    Validation.check(command, actor);
    AccountId id = Objects.requireNonNull(command.account());
    String reason = value(command.reason());
    return host.command(() -> {
      Instant now = host.clock().instant();
      Account account = load(id, actor);
      AccountStatus next = TABLE.next(account.status(), action, relation(actor, id));
      Account saved = accounts.update(account.copy().withStatus(next).withPendingEmail(Optional.empty()));
      AccountEvent event = switch (action) {
        case SUSPEND -> new AccountEvent.Suspended(now, actor, id, reason);
        case REACTIVATE -> new AccountEvent.Reactivated(now, actor, id, reason);
        default -> new AccountEvent.Closed(now, actor, id, reason);
      };
      LOG.info("account {} {} by the operator", id, next);
      return Outcome.of(saved.summary(), event);
    });
  }

  /**
   * Finds accounts for the service desk (A9), which the seed sends people who forgot their username to: by
   * address (the account whose normalised address is the one given) or by name (every word given is a word of
   * the first or last name, case and accents folded), one page at a time. Operators only. Each account shown is
   * recorded in its own audit trail ({@code LookedUp}, with the criterion but not the text), so the holder can
   * see who looked them up; a look-up that finds nothing is recorded under the all-zero account.
   *
   * @param command an address or a name, and the page
   * @param actor an operator
   * @return the page of summaries, sorted by last and first name; events {@code LookedUp}
   * @throws NotAllowed when the actor is not an operator
   * @throws ValidationFailed when neither or both of address and name are given, the address is malformed, or
   *     the page is out of range
   */
  public Outcome<Page<AccountSummary>> findAccounts(FindAccounts command, Actor actor) {
    boolean byEmail = command.email() != null && !command.email().isBlank();
    boolean byName = command.name() != null && !SearchKey.words(command.name()).isEmpty();
    validate(command, actor, () -> byEmail == byName
        ? List.of(Validation.violation(byEmail ? "name" : "email", "account.lookup.one-criterion", actor.locale()))
        : List.of());
    if (!(actor instanceof Actor.Operator)) {
      throw new NotAllowed("account.not-allowed", "only the operator looks accounts up");
    }
    Optional<EmailAddress> email = byEmail ? Optional.of(EmailAddress.of(value(command.email()))) : Optional.empty();
    String criterion = byEmail ? "email" : "name";
    return host.command(() -> {
      Instant now = host.clock().instant();
      Page<Account> found = email
          .map(e -> Page.of(accounts.findByEmail(e).stream().toList(), command.page(), command.size()))
          .orElseGet(() -> accounts.findByName(value(command.name()), command.page(), command.size()));
      List<DomainEvent> events = new ArrayList<>();
      for (Account account : found.items()) {
        events.add(new AccountEvent.LookedUp(now, actor, account.id(), criterion));
      }
      if (events.isEmpty()) {
        events.add(new AccountEvent.LookedUp(now, actor, NO_ACCOUNT, criterion));
      }
      LOG.info("the service desk looked accounts up by {}: {} of {} shown", criterion, found.items().size(),
          found.total());
      return new Outcome<>(found.map(Account::summary), events);
    });
  }

  /**
   * Erases sign-ups whose address was not verified within the configured lifetime (7 days by default) and frees
   * their addresses. The host runs it periodically.
   *
   * @param actor the system process running the tick
   * @return how many sign-ups expired; events {@code SignUpExpired}
   */
  public Outcome<Integer> expireUnverified(Actor actor) {
    Set<Role> roles = relation(actor, NO_ACCOUNT);
    return host.command(() -> {
      Instant now = host.clock().instant();
      List<DomainEvent> events = new ArrayList<>();
      for (Account account : accounts.unverifiedCreatedBefore(now.minus(unverifiedLifetime))) {
        TABLE.next(account.status(), AccountAction.EXPIRE, roles);
        accounts.remove(account.id(), account.version());
        codes.forget(subject(account), CodePurpose.EMAIL_VERIFICATION);
        events.add(new AccountEvent.SignUpExpired(now, actor, account.id()));
        LOG.info("unverified sign-up {} expired", account.id());
      }
      return new Outcome<>(events.size(), events);
    });
  }

  /**
   * The audit trail of an account (who did what, when), for the holder or the operator.
   *
   * @param id the account
   * @param actor the holder or an operator
   * @return the events, oldest first
   */
  public List<DomainEvent> auditTrail(AccountId id, Actor actor) {
    if (relation(actor, id).stream().noneMatch(r -> r == Role.OWNER || r == Role.OPERATOR)) {
      throw new NotAllowed("account.not-allowed", "only the holder or the operator may read the trail");
    }
    return host.query(() -> host.events().log().trail("account:" + id));
  }

  /**
   * The account's summary, for the other modules (always current).
   *
   * @param id the account
   * @return its summary, or empty when no such account exists (or it expired)
   */
  @Override
  public Optional<AccountSummary> find(AccountId id) {
    return host.query(() -> accounts.find(id).map(Account::summary));
  }

  /**
   * The summaries of several accounts, read in one look-up of the store (F7's pages).
   *
   * @param ids the accounts
   * @return the summaries of those that exist, by id
   */
  @Override
  public Map<AccountId, AccountSummary> findAll(Collection<AccountId> ids) {
    return host.query(() -> {
      Map<AccountId, AccountSummary> found = new HashMap<>();
      accounts.findAll(ids).forEach((id, a) -> found.put(id, a.summary()));
      return found;
    });
  }

  // ------------------------------------------------------------------------------------------------- helpers

  private Account load(AccountId id, Actor actor) {
    Optional<Account> found = accounts.find(id);
    if (found.isEmpty()) {
      if (relation(actor, id).isEmpty()) {
        throw new NotAllowed("account.not-allowed", "not allowed on this account");
      }
      throw new NotFound("account.not-found", "no such account");
    }
    return found.get();
  }

  private void sendCode(Account account, EmailAddress to, CodePurpose purpose, String kind, Actor actor,
      Instant now, List<DomainEvent> events) {
    VerificationCodes.Issue issue = codes.issue(subject(account), purpose, now);
    if (issue instanceof VerificationCodes.Issued issued) {
      host.notify(codeNotification(account, to, kind, issued, String.valueOf(issued.issuedAt().toEpochMilli())));
      events.add(new AccountEvent.VerificationCodeSent(now, actor, account.id(), purpose.value()));
      LOG.info("{} sent for account {}", kind, account.id());
    } else {
      LOG.info("{} for account {} not sent: throttled", kind, account.id());
    }
  }

  private static Notification codeNotification(Account account, EmailAddress to, String kind,
      VerificationCodes.Issued issued, String key) {
    return notification(account, to, kind, key)
        .putParameters(AccountNotifications.CODE, issued.code().reveal())
        .putParameters(AccountNotifications.EXPIRES_AT, issued.expiresAt().toString())
        .addSecretParameters(AccountNotifications.CODE)
        .build();
  }

  private static Notification.Builder notification(Account account, EmailAddress to, String kind, String key) {
    Notification.Builder b = Notification.builder();
    b.idempotencyKey(kind + ":" + account.id() + ":" + key)
        .recipient(to)
        .kind(kind)
        .locale(account.language())
        .putParameters(AccountNotifications.FIRST_NAME, account.firstName());
    return b;
  }

  /** The UTC day of an instant, as the key of emails sent at most once a day. */
  private static String day(Instant now) {
    return now.atZone(ZoneOffset.UTC).toLocalDate().toString();
  }

  private static CodeSubject subject(Account account) {
    return CodeSubject.of("account", account.id());
  }

  private static Outcome<AccountSummary> accepted(Outcome<Optional<AccountSummary>> judged) {
    if (judged.value().isEmpty()) {
      throw new PreconditionFailed(CODE_REJECTED, "the code is wrong, expired or already used");
    }
    return new Outcome<>(judged.value().get(), judged.events());
  }

  private static <T> Outcome<T> retryOnRace(Supplier<Outcome<T>> command) {
    for (int attempt = 1; ; attempt++) {
      try {
        return command.get();
      } catch (Conflict e) {
        // a concurrent sign-up took the address: run again, to answer like for any taken address
        if (attempt >= RETRIES || !Accounts.EMAIL_TAKEN.equals(e.reason())) {
          throw e;
        }
      }
    }
  }

  private static void validate(Object command, Actor actor, Supplier<List<Violation>> rules) {
    List<Violation> found = new ArrayList<>();
    try {
      Validation.check(command, actor);
    } catch (ValidationFailed e) {
      found.addAll(e.violations());
    }
    found.addAll(rules.get());
    if (!found.isEmpty()) {
      found.sort(java.util.Comparator.comparing(Violation::path).thenComparing(Violation::code));
      throw new ValidationFailed(found);
    }
  }

  /** The reference-data codes of the personal details, each one of the offered choices. */
  private void checkChoices(List<Violation> out, PersonalDetails details, Actor actor) {
    checkChoice(out, "title", details.title(), reference.titles(), actor);
    checkChoice(out, "gender", details.gender(), reference.genders(), actor);
    checkChoice(out, "professionalRole", details.professionalRole(), reference.professionalRoles(), actor);
    checkChoice(out, "preferredLanguage", details.preferredLanguage(), reference.languages(), actor);
  }

  private static void checkChoice(List<Violation> out, String path, @Nullable String code,
      List<org.memberportal.account.reference.Choice> list, Actor actor) {
    if (code != null && !code.isBlank() && !ReferenceData.has(list, code)) {
      out.add(Validation.violation(path, "account.reference.unknown", actor.locale()));
    }
  }

  /** Roles of an actor on the visitor flows (sign-up, verification, sign-in, recovery). */
  private static Set<Role> visitorRoles(Actor actor, AccountId id) {
    if (actor instanceof Actor.Anonymous) {
      return Set.of(Role.ANONYMOUS);
    }
    if (actor instanceof Actor.AccountHolder holder) {
      return holder.account().equals(id) ? Set.of(Role.ANONYMOUS, Role.OWNER) : Set.of(Role.ANONYMOUS);
    }
    throw new NotAllowed("account.visitors-only", "only visitors and account holders may do this");
  }

  /** Roles of an actor on an existing account. */
  private static Set<Role> relation(Actor actor, AccountId id) {
    if (actor instanceof Actor.AccountHolder holder) {
      return holder.account().equals(id) ? Set.of(Role.OWNER) : Set.of();
    }
    if (actor instanceof Actor.Operator) {
      return Set.of(Role.OPERATOR);
    }
    if (actor instanceof Actor.System) {
      return Set.of(Role.SYSTEM);
    }
    return Set.of();
  }

  private static String value(@Nullable String text) {
    return text == null ? "" : text;
  }

  private static Secret secret(@Nullable Secret secret) {
    return secret == null ? Secret.of("") : secret;
  }

  /**
   * Configures {@link UserAccounts}: the host and ports are required; everything else has the seed's defaults.
   *
   * @since 0.1.0
   */
  @API(status = API.Status.STABLE, since = "0.1.0")
  public static final class Builder {
    private @Nullable Host host;
    private @Nullable Accounts accounts;
    private @Nullable IssuedCodes codes;
    private @Nullable Secrets secrets;
    private PasswordHasher hasher = PasswordHashing.argon2id();
    private List<PasswordHasher> formerHashers = List.of();
    private PasswordPolicy policy = PasswordPolicy.seed();
    private ReferenceData reference = ReferenceData.defaults();
    private CodeRules codeRules = CodeRules.defaults();
    private SignInThrottle throttle = SignInThrottle.defaults();
    private ResetLimits resetLimits = ResetLimits.defaults();
    private Duration unverifiedLifetime = Duration.ofDays(7);

    private Builder() {}

    /**
     * Sets the host (transactions, events, outbox, clock).
     *
     * @param value the host
     * @return this builder
     */
    public Builder host(Host value) {
      this.host = value;
      return this;
    }

    /**
     * Sets the account store.
     *
     * @param value the store
     * @return this builder
     */
    public Builder accounts(Accounts value) {
      this.accounts = value;
      return this;
    }

    /**
     * Sets the store of one-time codes.
     *
     * @param value the store
     * @return this builder
     */
    public Builder codes(IssuedCodes value) {
      this.codes = value;
      return this;
    }

    /**
     * Sets the key source.
     *
     * @param value the secrets
     * @return this builder
     */
    public Builder secrets(Secrets value) {
      this.secrets = value;
      return this;
    }

    /**
     * Sets the password hasher (default Argon2id at OWASP parameters).
     *
     * @param value the hasher
     * @return this builder
     */
    public Builder hasher(PasswordHasher value) {
      this.hasher = value;
      return this;
    }

    /**
     * Declares the hashers whose hashes may still be stored after a change of hasher (until their holders sign in
     * and the hashes are upgraded), so that a failed sign-in costs the same whatever parameters an account's hash
     * has, and the same as for an unknown address ({@link CredentialCheck}). Default none.
     *
     * @param value the former hashers
     * @return this builder
     */
    public Builder formerHashers(List<? extends PasswordHasher> value) {
      this.formerHashers = List.copyOf(value);
      return this;
    }

    /**
     * Sets the password policy (default {@link PasswordPolicy#seed()}).
     *
     * @param value the policy
     * @return this builder
     */
    public Builder policy(PasswordPolicy value) {
      this.policy = value;
      return this;
    }

    /**
     * Sets the reference data (default {@link ReferenceData#defaults()}).
     *
     * @param value the lists
     * @return this builder
     */
    public Builder referenceData(ReferenceData value) {
      this.reference = value;
      return this;
    }

    /**
     * Sets the limits of one-time codes (validity, attempts, cool-down, daily cap).
     *
     * @param value the rules
     * @return this builder
     */
    public Builder codeRules(CodeRules value) {
      this.codeRules = value;
      return this;
    }

    /**
     * Sets the sign-in lockout rule.
     *
     * @param value the throttle
     * @return this builder
     */
    public Builder throttle(SignInThrottle value) {
      this.throttle = value;
      return this;
    }

    /**
     * Sets how many password-reset codes go out per group of requesters and per address (default
     * {@link ResetLimits#defaults()}).
     *
     * @param value the limits
     * @return this builder
     */
    public Builder resetLimits(ResetLimits value) {
      this.resetLimits = value;
      return this;
    }

    /**
     * Sets how long an unverified sign-up lives (default 7 days).
     *
     * @param value the lifetime
     * @return this builder
     */
    public Builder unverifiedLifetime(Duration value) {
      this.unverifiedLifetime = value;
      return this;
    }

    /**
     * Builds the service.
     *
     * @return the service
     * @throws NullPointerException when the host or a port is missing (a wiring error)
     */
    public UserAccounts build() {
      return new UserAccounts(this);
    }
  }
}
