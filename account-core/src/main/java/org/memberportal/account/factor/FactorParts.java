/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.factor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.memberportal.account.Account;
import org.memberportal.account.AccountNotifications;
import org.memberportal.account.AccountRefusals;
import org.memberportal.account.credential.Credentials;
import org.memberportal.account.port.Accounts;
import org.memberportal.account.port.FactorRegister;
import org.memberportal.account.port.PasskeyCeremony;
import org.memberportal.account.port.PasskeyChallenges;
import org.memberportal.account.port.PasskeyRegister;
import org.memberportal.account.signin.Lockout;
import org.memberportal.account.signin.SignInThrottle;
import org.memberportal.account.verification.CodeSubject;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.Notification;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.PreconditionFailed;
import org.memberportal.kernel.Secret;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the second factor's use cases share, so that none calls another: the ports, the keys, the throttle, the
 * holder check, the mails, a factor's bookkeeping (added, removed, the status) and the authenticator app's step.
 */
final class FactorParts {

  static final Logger LOG = LoggerFactory.getLogger(SecondFactors.class);

  final Host host;
  final Accounts accounts;
  final Credentials<Account> credentials;
  final FactorRegister register;
  final PasskeyRegister passkeys;
  final PasskeyChallenges challenges;
  final PasskeyCeremony ceremony;
  final FactorSettings settings;
  final FactorKeys keys;

  FactorParts(SecondFactors.Wiring w) {
    this.host = w.host();
    this.accounts = w.accounts();
    this.credentials = w.credentials();
    this.register = w.register();
    this.passkeys = w.passkeys();
    this.challenges = w.challenges();
    this.ceremony = w.ceremony();
    this.settings = w.settings();
    this.keys = new FactorKeys(w.secrets());
  }

  /** A refusal decided inside a command whose writes (the counted attempt) must commit before it is thrown. */
  record Judged<T>(@Nullable T value, @Nullable String reason) {
    static <T> Judged<T> accepted(T value) {
      return new Judged<>(value, null);
    }

    static <T> Judged<T> refused(String reason) {
      return new Judged<>(null, reason);
    }
  }

  /** The committed outcome's value, or its refusal thrown now that the attempt is counted. */
  static <T> Outcome<T> settle(Outcome<Judged<T>> judged) {
    T value = judged.value().value();
    String reason = judged.value().reason();
    if (value == null && reason != null) {
      throw new PreconditionFailed(reason, "the second factor was refused");
    }
    return new Outcome<>(java.util.Objects.requireNonNull(value), judged.events());
  }

  static CodeSubject subject(AccountId account) {
    return CodeSubject.of("account", account);
  }

  /** Only the signed-in holder of the account manages and uses its factors. */
  static Actor.AccountHolder holder(Actor actor, AccountId account) {
    if (actor instanceof Actor.AccountHolder holder && holder.holds(account)) {
      return holder;
    }
    throw new NotAllowed(AccountRefusals.NOT_ALLOWED, "only the holder manages their second factors");
  }

  Account account(AccountId id) {
    return accounts.find(id).orElseThrow(() -> new NotAllowed(AccountRefusals.NOT_ALLOWED, "no such account"));
  }

  Enrolment enrolment(AccountId account) {
    return register.find(subject(account)).orElseGet(() -> Enrolment.none(subject(account)));
  }

  Enrolment save(Enrolment enrolment) {
    return enrolment.version() == 0 ? register.add(enrolment) : register.update(enrolment);
  }

  boolean hasFactor(Enrolment enrolment) {
    return enrolment.hasTotp() || !passkeys.of(enrolment.holder()).isEmpty();
  }

  /** Adding or removing a factor needs a proof of the password or a factor within the host's window. */
  void requireRecent(Enrolment enrolment, Instant now) {
    if (!enrolment.reauthenticatedWithin(now, settings.reauthentication())) {
      throw new PreconditionFailed(AccountRefusals.REAUTHENTICATION_REQUIRED,
          "confirm the password before adding or removing a second factor");
    }
  }

  boolean locked(Enrolment enrolment, Instant now) {
    return settings.throttle().current(enrolment.lockout(), now).lockedAt(now);
  }

  /** A refused code or answer: counted towards the lockout, recorded, and the refusal to throw once committed. */
  <T> Outcome<Judged<T>> failed(Enrolment enrolment, AccountId account, FactorKind kind, String why, String reason,
      Actor actor, Instant now) {
    return counted(enrolment, account, new FactorEvent.SecondFactorFailed(now, actor, account, kind, why), why,
        reason, actor, now);
  }

  /** A refused attempt: counted towards the lockout, recorded as {@code failure}, the refusal thrown once committed. */
  <T> Outcome<Judged<T>> counted(Enrolment enrolment, AccountId account, DomainEvent failure, String why,
      String reason, Actor actor, Instant now) {
    List<DomainEvent> events = new ArrayList<>(2);
    events.add(failure);
    if (locked(enrolment, now)) {
      return new Outcome<>(Judged.refused(AccountRefusals.FACTOR_LOCKED), events);
    }
    SignInThrottle throttle = settings.throttle();
    Lockout before = throttle.current(enrolment.lockout(), now);
    Lockout after = throttle.afterFailure(before, now);
    save(enrolment.withLockout(after));
    if (throttle.startedLockout(before, after)) {
      events.add(new FactorEvent.SecondFactorLocked(now, actor, account, after.until().orElseThrow()));
    }
    LOG.info("second factor refused for account {}: {}", account, why);
    return new Outcome<>(Judged.refused(reason), events);
  }

  /** A passed second step: the throttle cleared, the proof stamped, and the holder at the second-factor level. */
  Outcome<Judged<Actor.AccountHolder>> passed(Enrolment changed, Actor.AccountHolder actor, AccountId account,
      FactorKind kind, Instant now, List<DomainEvent> events) {
    save(changed.withLockout(Lockout.NONE).withReauthenticatedAt(now));
    events.add(new FactorEvent.SecondFactorPassed(now, actor, account, kind));
    LOG.info("account {} passed its second factor ({})", account, kind);
    return new Outcome<>(Judged.accepted(actor.withSecondFactor()), events);
  }

  /** A fresh set of recovery codes, to store in the enrolment and to show once in clear. */
  record Issued(Enrolment enrolment, List<Secret> codes) {}

  Issued issueRecoveryCodes(Enrolment enrolment, AccountId account, Actor actor, Instant now,
      List<DomainEvent> events) {
    List<Secret> codes = keys.newRecoveryCodes(settings.recoveryCodes());
    events.add(new FactorEvent.RecoveryCodesIssued(now, actor, account, codes.size()));
    return new Issued(enrolment.withRecoveryCodes(codes.stream()
        .map(c -> new RecoveryCode(keys.digest(c, enrolment.holder()), null)).toList()), codes);
  }

  /**
   * A factor added (an app confirmed, a passkey registered): stored with a first set of recovery codes when the
   * account has none left, audited and mailed.
   */
  Enrolled added(Enrolment enrolment, AccountId account, FactorKind factor,
      @Nullable PasskeyId passkey, Actor actor, Instant now,
      List<DomainEvent> events) {
    events.add(new FactorEvent.FactorAdded(now, actor, account, factor));
    Issued issued = enrolment.recoveryCodesLeft() == 0
        ? issueRecoveryCodes(enrolment, account, actor, now, events)
        : new Issued(enrolment, List.of());
    save(issued.enrolment());
    factorMail(account(account), AccountNotifications.FACTOR_ADDED, factor,
        passkey == null ? "totp" : passkey.toString(), now);
    LOG.info("account {} added a second factor ({})", account, factor);
    return new Enrolled(factor, passkey, issued.codes());
  }

  /** A factor removed: the recovery codes go with the last one; audited and mailed. */
  void removed(Enrolment without, AccountId account, FactorKind factor, String which, Actor actor, Instant now,
      List<DomainEvent> events) {
    save(hasFactor(without) ? without : without.withRecoveryCodes(List.of()));
    events.add(new FactorEvent.FactorRemoved(now, actor, account, factor));
    factorMail(account(account), AccountNotifications.FACTOR_REMOVED, factor, which, now);
    LOG.info("account {} removed a second factor ({})", account, factor);
  }

  /** The holder's factors: the app, the recovery codes left, the passkeys. */
  FactorStatus status(AccountId account) {
    Enrolment enrolment = enrolment(account);
    return new FactorStatus(enrolment.hasTotp(), enrolment.recoveryCodesLeft(),
        passkeys.of(enrolment.holder()).stream()
            .map(p -> new FactorStatus.PasskeySummary(p.id(), p.name(), p.addedAt(), p.lastUsedAt())).toList());
  }

  /** The step of a typed code for a key, after the last used one; the key in clear only for the computation. */
  OptionalLong totpStep(TotpKey key, Enrolment enrolment, @Nullable Secret typed,
      Instant now) {
    byte[] clear = keys.open(key.key(), enrolment.holder());
    try {
      return Totp.matchingStep(clear, typed == null ? "" : typed.reveal().strip(), Totp.step(now),
          settings.window(), key.lastUsedStep());
    } finally {
      Arrays.fill(clear, (byte) 0);
    }
  }

  /** A fresh challenge of a ceremony for the holder, kept until answered or expired, and the browser's options. */
  PasskeyOptions challenge(AccountId account, PasskeyChallenge.Ceremony ceremony, Instant now) {
    CodeSubject holder = subject(account);
    String challenge = keys.newChallenge();
    Instant expires = now.plus(settings.challengeLifetime());
    PasskeyChallenge stored = new PasskeyChallenge(java.util.UUID.randomUUID(), holder, ceremony, challenge, expires);
    challenges.forgetExpired(now);
    challenges.add(stored);
    return new PasskeyOptions(stored.id(), challenge, keys.userHandle(holder),
        passkeys.of(holder).stream().map(Passkey::credentialId).toList(), expires);
  }

  /**
   * The challenge an answer names, taken once: only a fresh one of this ceremony and holder answers. Another
   * holder's challenge is put back as it was, so no one can spend someone else's ceremony by naming its id.
   */
  java.util.Optional<PasskeyChallenge> takeChallenge(java.util.UUID id, AccountId account,
      PasskeyChallenge.Ceremony ceremony, Instant now) {
    CodeSubject holder = subject(account);
    java.util.Optional<PasskeyChallenge> taken = challenges.take(id);
    taken.filter(c -> !c.holder().equals(holder)).ifPresent(challenges::add);
    return taken.filter(c -> c.answers(holder, ceremony, now));
  }

  /** Tells the holder what happened to their factors, in their language. */
  void mail(Account account, String kind, String key, Map<String, String> parameters) {
    host.notify(Notification.builder()
        .idempotencyKey(kind + ":" + account.id() + ":" + key)
        .recipient(account.email())
        .kind(kind)
        .locale(account.language())
        .putParameters(AccountNotifications.FIRST_NAME, account.firstName())
        .putAllParameters(parameters)
        .build());
  }

  /** The "factor added/removed" mail, keyed by the factor (the app, or the passkey's id) and the instant. */
  void factorMail(Account account, String kind, FactorKind factor, String which, Instant now) {
    mail(account, kind, which + ":" + now, Map.of(AccountNotifications.FACTOR, name(factor)));
  }

  static String name(FactorKind factor) {
    return factor.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
