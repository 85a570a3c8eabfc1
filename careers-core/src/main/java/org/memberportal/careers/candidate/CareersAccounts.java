/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.candidate;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.memberportal.account.Acknowledgement;
import org.memberportal.account.credential.CredentialCheck;
import org.memberportal.account.credential.PasswordContext;
import org.memberportal.account.credential.PasswordHash;
import org.memberportal.account.credential.PasswordHashing;
import org.memberportal.account.credential.PasswordPolicy;
import org.memberportal.account.port.IssuedCodes;
import org.memberportal.account.port.PasswordHasher;
import org.memberportal.account.port.Secrets;
import org.memberportal.account.recovery.PasswordReset;
import org.memberportal.account.recovery.ResetLimits;
import org.memberportal.account.signin.Lockout;
import org.memberportal.account.signin.SignInThrottle;
import org.memberportal.account.verification.CodePurpose;
import org.memberportal.account.verification.CodeRules;
import org.memberportal.account.verification.CodeSubject;
import org.memberportal.account.verification.VerificationCodes;
import org.memberportal.careers.port.CandidateAccounts;
import org.memberportal.careers.port.StaffDirectory;
import org.memberportal.careers.privacy.CandidateErased;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.CandidateId;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.Notification;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.PreconditionFailed;
import org.memberportal.kernel.Role;
import org.memberportal.kernel.Secret;
import org.memberportal.kernel.Validation;
import org.memberportal.kernel.ValidationFailed;
import org.memberportal.kernel.Workflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Careers accounts (C1, C2): separate from user accounts and stored through their own port, but with the same
 * password policy, hashing, one-time codes, sign-in throttle and recovery flow, which this service reuses from
 * the account module. Sign-up, resend and forgot-password answer the same whether or not the address has an
 * account. Current staff are refused; consultants, interns and loaned staff are accepted.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class CareersAccounts {

  /** Reason of the refusal of current staff: they use the internal employee profile instead. */
  public static final String CURRENT_STAFF = "candidate.current-staff";

  /** Reason of a refused one-time code (wrong, expired, used, or no such account). */
  public static final String CODE_REJECTED = "candidate.code-rejected";

  /** Reason of a password change with a wrong current password. */
  public static final String WRONG_PASSWORD = "candidate.wrong-password";

  /** The store's refusal of a second account with one address ({@link CandidateAccounts#add}). */
  private static final String EMAIL_TAKEN = "candidate.email-taken";

  /** Runs of a sign-up that lost a race for its address before it answers anyway. */
  private static final int RETRIES = 3;

  /** Notification kind: the verification code; parameters {@link #CODE}, {@link #EXPIRES_AT}. */
  public static final String VERIFICATION_CODE = "careers.verification-code";

  /** Notification kind: "someone tried to create a careers account with your address". */
  public static final String SIGN_UP_ATTEMPT = "careers.sign-up-attempt";

  /** Notification kind: the password-reset code; parameters {@link #CODE}, {@link #EXPIRES_AT}. */
  public static final String RESET_CODE = "careers.password-reset-code";

  /** Notification kind: "your password was changed". */
  public static final String PASSWORD_CHANGED = "careers.password-changed";

  /** Notification parameter: the one-time code (secret). */
  public static final String CODE = "code";

  /** Notification parameter: when the code stops working. */
  public static final String EXPIRES_AT = "expiresAt";

  private static final Workflow<CandidateAccountStatus, CandidateAccountAction> TABLE = CandidateAccountWorkflow.TABLE;
  private static final Logger LOG = LoggerFactory.getLogger(CareersAccounts.class);

  private final Host host;
  private final CandidateAccounts accounts;
  private final StaffDirectory staff;
  private final PasswordPolicy policy;
  private final PasswordHasher hasher;
  private final CredentialCheck credentials;
  private final VerificationCodes codes;
  private final PasswordReset reset;
  private final SignInThrottle throttle;

  private CareersAccounts(Builder b) {
    this.host = Objects.requireNonNull(b.host, "host");
    this.accounts = Objects.requireNonNull(b.accounts, "accounts");
    this.staff = Objects.requireNonNull(b.staff, "staff");
    this.policy = b.policy;
    this.credentials = new CredentialCheck(b.hasher, b.formerHashers);
    this.hasher = credentials.hasher();
    this.codes = new VerificationCodes(Objects.requireNonNull(b.codes, "codes"),
        Objects.requireNonNull(b.secrets, "secrets"), b.codeRules);
    this.reset = new PasswordReset(codes, policy, hasher, b.resetLimits);
    this.throttle = b.throttle;
    // erasing a candidate (privacy) erases their account and codes in the same transaction
    host.events().subscribe(CandidateErased.class, e -> erase(e.candidate()));
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
   * Creates a careers account awaiting verification and emails a code; if the address has an account, its
   * holder is told instead, at most once a day. Answers the same in both cases.
   *
   * @param command the sign-up form
   * @param actor a visitor who is not signed in
   * @return the uniform acknowledgement
   * @throws PreconditionFailed {@link #CURRENT_STAFF} for current staff members, who use the internal employee
   *     profile
   */
  public Outcome<Acknowledgement> createAccount(CreateCandidateAccount command, Actor actor) {
    requireVisitor(actor);
    Validation.check(command, actor);
    EmailAddress email = EmailAddress.of(value(command.email()));
    if (value(command.relation()).barred() || staff.relationOf(email).barred()) {
      LOG.info("careers sign-up refused for current staff {}", email.masked());
      throw new PreconditionFailed(CURRENT_STAFF,
          "current staff members use the internal employee profile, not an external careers account");
    }
    policy.check(command, PasswordContext.of(email.key(), value(command.firstName()), value(command.lastName())),
        actor.locale());
    // hashed before knowing whether the address is taken, so both answers cost the same
    PasswordHash hash = hasher.hash(value(command.password()));
    return retryOnRace(() -> host.command(() -> {
      Instant now = host.clock().instant();
      Optional<CandidateAccount> existing = accounts.findByEmail(email);
      if (existing.isPresent()) {
        CandidateAccount a = existing.get();
        // at most one such email a day, as for user accounts, so the form cannot be used to flood an inbox
        host.notify(notification(a, SIGN_UP_ATTEMPT, now.atZone(ZoneOffset.UTC).toLocalDate().toString()).build());
        LOG.info("careers sign-up with the address of account {}", a.id());
        return Outcome.of(new Acknowledgement(now), new CandidateAccountEvent.DuplicateSignUp(now, actor, a.id()));
      }
      CandidateAccount account = CandidateAccount.builder().id(CandidateId.random()).email(email)
          .firstName(value(command.firstName()).strip()).lastName(value(command.lastName()).strip())
          .language(value(command.language())).relation(value(command.relation()))
          .status(CandidateAccountStatus.AWAITING_VERIFICATION).password(hash).createdAt(now).version(1).build();
      accounts.add(account);
      List<DomainEvent> events = new ArrayList<>();
      events.add(new CandidateAccountEvent.Created(now, actor, account.id(), account.relation()));
      sendCode(account, CodePurpose.EMAIL_VERIFICATION, VERIFICATION_CODE, now);
      LOG.info("careers account {} created for {}", account.id(), email.masked());
      return new Outcome<>(new Acknowledgement(now), events);
    }));
  }

  private static <T> Outcome<T> retryOnRace(Supplier<Outcome<T>> command) {
    for (int attempt = 1; ; attempt++) {
      try {
        return command.get();
      } catch (Conflict e) {
        // a concurrent sign-up took the address: run again, to answer like for any taken address
        if (attempt >= RETRIES || !EMAIL_TAKEN.equals(e.reason())) {
          throw e;
        }
      }
    }
  }

  /**
   * Verifies the address with the emailed code; the account becomes active.
   *
   * @param command the address and code
   * @param actor a visitor
   * @return the candidate
   * @throws PreconditionFailed {@link #CODE_REJECTED} when the code is refused or nothing awaits verification
   */
  public Outcome<CandidateId> verifyEmail(VerifyCandidateEmail command, Actor actor) {
    requireVisitor(actor);
    Validation.check(command, actor);
    EmailAddress email = EmailAddress.of(value(command.email()));
    Outcome<Optional<CandidateId>> judged = host.command(() -> {
      Instant now = host.clock().instant();
      Optional<CandidateAccount> found = accounts.findByEmail(email)
          .filter(a -> TABLE.allows(a.status(), CandidateAccountAction.VERIFY_EMAIL));
      if (found.isEmpty()) {
        return new Outcome<>(Optional.empty(), List.of());
      }
      CandidateAccount a = found.get();
      VerificationCodes.Verdict verdict =
          codes.redeem(subject(a.id()), CodePurpose.EMAIL_VERIFICATION, value(command.code()), now);
      if (verdict != VerificationCodes.Verdict.ACCEPTED) {
        return new Outcome<>(Optional.empty(),
            List.of(new CandidateAccountEvent.CodeRefused(now, actor, a.id(), verdict.name())));
      }
      CandidateAccountStatus next = TABLE.next(a.status(), CandidateAccountAction.VERIFY_EMAIL, Set.of(Role.ANONYMOUS));
      accounts.update(a.copy().withStatus(next).withVersion(a.version() + 1));
      LOG.info("careers account {} verified", a.id());
      return new Outcome<>(Optional.of(a.id()), List.of(new CandidateAccountEvent.EmailVerified(now, actor, a.id())));
    });
    return accepted(judged);
  }

  /**
   * Signs a candidate in: one uniform rejection for every failure; failures lock the account for a while.
   *
   * @param command the address and password
   * @param actor a visitor
   * @return signed in, or rejected
   * @throws ValidationFailed before any look-up or hashing, when the password is longer than the policy's maximum
   *     or not well-formed
   */
  public Outcome<CandidateSignInResult> signIn(CandidateSignIn command, Actor actor) {
    requireVisitor(actor);
    Validation.check(command, actor);
    policy.checkEntered("password", command.password(), actor.locale());
    EmailAddress email = EmailAddress.of(value(command.email()));
    Instant seen = host.clock().instant();
    Optional<CandidateAccount> found = host.query(() -> accounts.findByEmail(email));
    boolean locked = found.map(a -> throttle.current(a.lockout(), seen).lockedAt(seen)).orElse(false);
    Optional<PasswordHash> stored = found.filter(a -> !locked).flatMap(CandidateAccount::password);
    // the expensive part runs outside the transaction, and exactly once whatever the case
    boolean matches = credentials.matches(stored, value(command.password()));
    return host.command(() -> {
      Instant now = host.clock().instant();
      Optional<CandidateAccount> current = found.flatMap(a -> accounts.find(a.id()));
      if (current.isEmpty()) {
        return new Outcome<>(new CandidateSignInResult.Rejected(), List.of());
      }
      CandidateAccount a = current.get();
      if (locked) {
        return new Outcome<>(new CandidateSignInResult.Rejected(),
            List.of(new CandidateAccountEvent.SignInFailed(now, actor, a.id(), "locked")));
      }
      if (!matches || !a.password().equals(stored)) {
        Lockout after = throttle.afterFailure(throttle.current(a.lockout(), now), now);
        accounts.update(a.copy().withLockout(after).withVersion(a.version() + 1));
        return new Outcome<>(new CandidateSignInResult.Rejected(),
            List.of(new CandidateAccountEvent.SignInFailed(now, actor, a.id(), "wrong-password")));
      }
      if (!TABLE.allows(a.status(), CandidateAccountAction.SIGN_IN)) {
        return new Outcome<>(new CandidateSignInResult.Rejected(),
            List.of(new CandidateAccountEvent.SignInFailed(now, actor, a.id(), "not-active")));
      }
      // a sign-in is activity: the retention rule must not erase a candidate who keeps signing in
      accounts.update(((ImmutableCandidateAccount) a.copy().withLockout(Lockout.NONE)).withLastActivity(now)
          .withVersion(a.version() + 1));
      LOG.info("careers account {} signed in", a.id());
      return new Outcome<>(new CandidateSignInResult.SignedIn(a.id()),
          List.of(new CandidateAccountEvent.SignedIn(now, actor, a.id())));
    });
  }

  /**
   * Sends a password-reset code when an account has the address: "if an account matches, you will receive an
   * email". Answers the same in every case. Requests from other requesters cannot stop the holder from
   * resetting: codes are kept per group of {@link CandidateForgotPassword#requester()} keys under
   * {@link ResetLimits}, as for user accounts.
   *
   * @param command the address
   * @param actor a visitor
   * @return the uniform acknowledgement
   */
  public Outcome<Acknowledgement> forgotPassword(CandidateForgotPassword command, Actor actor) {
    requireVisitor(actor);
    Validation.check(command, actor);
    EmailAddress email = EmailAddress.of(value(command.email()));
    return host.command(() -> {
      Instant now = host.clock().instant();
      List<DomainEvent> events = new ArrayList<>();
      accounts.findByEmail(email).ifPresent(a -> reset.request(subject(a.id()), command.requester(), now)
          .ifPresent(sent -> {
            host.notify(codeNotification(a, RESET_CODE, sent.code(), sent.key()));
            events.add(new CandidateAccountEvent.PasswordResetRequested(now, actor, a.id()));
            LOG.info("password reset code sent for careers account {}", a.id());
          }));
      return new Outcome<>(new Acknowledgement(now), events);
    });
  }

  /**
   * Sets a new password with a reset code; the code also proves the address, so the account becomes active.
   *
   * @param command the address, code and new password
   * @param actor a visitor
   * @return the candidate
   * @throws ValidationFailed when the new password breaks the policy (the code is not used)
   * @throws PreconditionFailed {@link #CODE_REJECTED} when the code is refused
   */
  public Outcome<CandidateId> resetPassword(CandidateResetPassword command, Actor actor) {
    requireVisitor(actor);
    Validation.check(command, actor);
    EmailAddress email = EmailAddress.of(value(command.email()));
    Outcome<Optional<CandidateId>> judged = host.command(() -> {
      Instant now = host.clock().instant();
      Optional<CandidateAccount> found = accounts.findByEmail(email);
      PasswordContext context = found.map(CandidateAccount::passwordContext).orElse(PasswordContext.of(email.key()));
      if (found.isEmpty()) {
        policy.check(command, context, actor.locale());
        return new Outcome<>(Optional.empty(), List.of());
      }
      CandidateAccount a = found.get();
      PasswordReset.Result result = reset.redeem(subject(a.id()), command.requester(), value(command.code()),
          value(command.password()), value(command.passwordConfirmation()), context, actor.locale(), now);
      if (result instanceof PasswordReset.Refused refused) {
        return new Outcome<>(Optional.empty(),
            List.of(new CandidateAccountEvent.CodeRefused(now, actor, a.id(), refused.verdict().name())));
      }
      PasswordHash hash = ((PasswordReset.Reset) result).hash();
      CandidateAccountStatus next = TABLE.next(a.status(), CandidateAccountAction.RESET_PASSWORD,
          Set.of(Role.ANONYMOUS));
      accounts.update(a.copy().withPassword(hash).withLockout(Lockout.NONE)
          .withStatus(next).withVersion(a.version() + 1));
      host.notify(notification(a, PASSWORD_CHANGED, String.valueOf(now.toEpochMilli())).build());
      LOG.info("careers account {} reset its password", a.id());
      return new Outcome<>(Optional.of(a.id()), List.of(new CandidateAccountEvent.PasswordChanged(now, actor, a.id())));
    });
    return accepted(judged);
  }

  /**
   * Changes the password knowing the current one; kills outstanding reset codes and emails "password changed".
   *
   * @param command the candidate, current and new password
   * @param actor the candidate
   * @return the candidate
   * @throws PreconditionFailed {@link #WRONG_PASSWORD} when the current password is wrong
   * @throws ValidationFailed when the new password breaks the policy, or the current one is longer than the
   *     maximum or not well-formed (before any hashing)
   * @throws org.memberportal.kernel.IllegalTransition while the account awaits verification
   */
  public Outcome<CandidateId> changePassword(ChangeCandidatePassword command, Actor actor) {
    Validation.check(command, actor);
    policy.checkEntered("currentPassword", command.currentPassword(), actor.locale());
    CandidateId id = value(command.candidate());
    if (!(actor instanceof Actor.Candidate c && c.candidate().equals(id))) {
      throw new NotAllowed("candidate.not-owner", "only the candidate changes their password");
    }
    CandidateAccount a = host.query(() -> accounts.find(id))
        .orElseThrow(() -> new org.memberportal.kernel.NotFound("candidate.not-found", "no such careers account"));
    policy.check(command, a.passwordContext(), actor.locale());
    TABLE.next(a.status(), CandidateAccountAction.CHANGE_PASSWORD, Set.of(Role.OWNER));
    if (!credentials.matches(a.password(), value(command.currentPassword()))) {
      throw new PreconditionFailed(WRONG_PASSWORD, "the current password is wrong");
    }
    PasswordHash hash = hasher.hash(value(command.password()));
    return host.command(() -> {
      Instant now = host.clock().instant();
      CandidateAccount current = accounts.find(id)
          .orElseThrow(() -> new org.memberportal.kernel.NotFound("candidate.not-found", "no such careers account"));
      accounts.update(current.copy().withPassword(hash).withVersion(current.version() + 1));
      reset.revoke(subject(id));
      host.notify(notification(current, PASSWORD_CHANGED, String.valueOf(now.toEpochMilli())).build());
      LOG.info("careers account {} changed its password", id);
      return Outcome.of(id, new CandidateAccountEvent.PasswordChanged(now, actor, id));
    });
  }

  /**
   * The password policy in force (the user accounts' one), for front-ends that show the rules.
   *
   * @return the policy
   */
  public PasswordPolicy passwordPolicy() {
    return policy;
  }

  private void erase(CandidateId candidate) {
    accounts.delete(candidate);
    codes.forget(subject(candidate), CodePurpose.EMAIL_VERIFICATION);
    reset.forget(subject(candidate));
  }

  private void sendCode(CandidateAccount a, CodePurpose purpose, String kind, Instant now) {
    VerificationCodes.Issue issue = codes.issue(subject(a.id()), purpose, now);
    if (issue instanceof VerificationCodes.Issued issued) {
      host.notify(codeNotification(a, kind, issued, String.valueOf(issued.issuedAt().toEpochMilli())));
    }
  }

  private static Notification codeNotification(CandidateAccount a, String kind, VerificationCodes.Issued issued,
      String key) {
    return notification(a, kind, key)
        .putAllParameters(Map.of(CODE, issued.code().reveal(), EXPIRES_AT, issued.expiresAt().toString()))
        .addSecretParameters(CODE)
        .build();
  }

  private static Notification.Builder notification(CandidateAccount a, String kind, String discriminator) {
    Notification.Builder b = Notification.builder();
    b.idempotencyKey(kind + ":" + a.id() + ":" + discriminator).recipient(a.email()).kind(kind).locale(a.language())
        .dataSubject(CandidateErased.subjectOf(a.id()));
    return b;
  }

  private static CodeSubject subject(CandidateId id) {
    return CodeSubject.of("candidate", id);
  }

  private static <T> Outcome<T> accepted(Outcome<Optional<T>> judged) {
    // the refused attempt has been committed (it counts); only now does the command fail
    return judged.value().map(v -> new Outcome<>(v, judged.events()))
        .orElseThrow(() -> new PreconditionFailed(CODE_REJECTED, "the code was refused"));
  }

  private static void requireVisitor(Actor actor) {
    if (!(actor instanceof Actor.Anonymous)) {
      throw new NotAllowed("candidate.not-a-visitor", "sign-up, sign-in and recovery are for visitors");
    }
  }

  private static <T> T value(@Nullable T validated) {
    // validation has rejected nulls before any use
    return Objects.requireNonNull(validated);
  }

  /** Configures {@link CareersAccounts}: the ports are required, the rest defaults to the user accounts'. */
  public static final class Builder {
    private @Nullable Host host;
    private @Nullable CandidateAccounts accounts;
    private @Nullable IssuedCodes codes;
    private @Nullable Secrets secrets;
    private @Nullable StaffDirectory staff;
    private PasswordPolicy policy = PasswordPolicy.seed();
    private PasswordHasher hasher = PasswordHashing.argon2id();
    private List<PasswordHasher> formerHashers = List.of();
    private CodeRules codeRules = CodeRules.defaults();
    private SignInThrottle throttle = SignInThrottle.defaults();
    private ResetLimits resetLimits = ResetLimits.defaults();

    private Builder() {}

    /**
     * The kernel's ports.
     *
     * @param value the host
     * @return this builder
     */
    public Builder host(Host value) {
      host = value;
      return this;
    }

    /**
     * Where careers accounts are stored.
     *
     * @param value the store
     * @return this builder
     */
    public Builder accounts(CandidateAccounts value) {
      accounts = value;
      return this;
    }

    /**
     * Where one-time codes are stored (the account module's port; subjects are {@code candidate:<id>}).
     *
     * @param value the store
     * @return this builder
     */
    public Builder codes(IssuedCodes value) {
      codes = value;
      return this;
    }

    /**
     * The key source of the codes' keyed hash.
     *
     * @param value the secrets
     * @return this builder
     */
    public Builder secrets(Secrets value) {
      secrets = value;
      return this;
    }

    /**
     * The organisation's staff directory.
     *
     * @param value the directory
     * @return this builder
     */
    public Builder staff(StaffDirectory value) {
      staff = value;
      return this;
    }

    /**
     * The password policy (default: the user accounts' seed policy).
     *
     * @param value the policy
     * @return this builder
     */
    public Builder policy(PasswordPolicy value) {
      policy = value;
      return this;
    }

    /**
     * The password hasher (default: Argon2id at production parameters).
     *
     * @param value the hasher
     * @return this builder
     */
    public Builder hasher(PasswordHasher value) {
      hasher = value;
      return this;
    }

    /**
     * The hashers whose hashes may still be stored after a change of hasher, so that a failed sign-in costs the
     * same whatever parameters an account's hash has, and the same as for an unknown address
     * ({@link CredentialCheck}). Default none.
     *
     * @param value the former hashers
     * @return this builder
     */
    public Builder formerHashers(List<? extends PasswordHasher> value) {
      formerHashers = List.copyOf(value);
      return this;
    }

    /**
     * The limits of one-time codes.
     *
     * @param value the rules
     * @return this builder
     */
    public Builder codeRules(CodeRules value) {
      codeRules = value;
      return this;
    }

    /**
     * The sign-in lockout rule.
     *
     * @param value the throttle
     * @return this builder
     */
    public Builder throttle(SignInThrottle value) {
      throttle = value;
      return this;
    }

    /**
     * How many password-reset codes go out per group of requesters and per address (default: the user accounts').
     *
     * @param value the limits
     * @return this builder
     */
    public Builder resetLimits(ResetLimits value) {
      resetLimits = value;
      return this;
    }

    /**
     * Builds the service and subscribes its erasure policy to {@link CandidateErased}.
     *
     * @return the service
     */
    public CareersAccounts build() {
      return new CareersAccounts(this);
    }
  }
}
