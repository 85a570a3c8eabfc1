/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.factor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.memberportal.account.Account;
import org.memberportal.account.AccountNotifications;
import org.memberportal.account.AccountRefusals;
import org.memberportal.account.factor.FactorParts.Judged;
import org.memberportal.account.signin.Lockout;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.NotFound;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.PreconditionFailed;
import org.memberportal.kernel.Secret;
import org.memberportal.kernel.Validation;

/**
 * Setting up an authenticator app (TOTP): a key shown once as an {@code otpauth://} URI, made a factor by a first
 * code (the account's first factor comes with its recovery codes), and removed; both after a recent
 * re-authentication, audited and mailed.
 */
final class TotpEnrolling {

  private final FactorParts parts;

  TotpEnrolling(FactorParts parts) {
    this.parts = parts;
  }

  Outcome<AuthenticatorKey> start(AccountId account, Actor actor) {
    FactorParts.holder(actor, account);
    return parts.host.command(() -> {
      Instant now = parts.host.clock().instant();
      Account holder = parts.account(account);
      Enrolment enrolment = parts.enrolment(account);
      parts.requireRecent(enrolment, now);
      if (enrolment.hasTotp()) {
        throw new PreconditionFailed(AccountRefusals.TOTP_ENROLLED, "an authenticator app is set up already");
      }
      byte[] key = parts.keys.newTotpKey();
      try {
        parts.save(enrolment.withTotp(TotpKey.started(parts.keys.seal(key, enrolment.holder()), now)));
        String base32 = Totp.encode(key);
        return new Outcome<>(new AuthenticatorKey(Secret.of(uri(holder, base32)), Secret.of(base32)), List.of());
      } finally {
        Arrays.fill(key, (byte) 0);
      }
    });
  }

  Outcome<Enrolled> confirm(FactorCode command, Actor actor) {
    Validation.check(command, actor);
    AccountId account = Objects.requireNonNull(command.account());
    FactorParts.holder(actor, account);
    return FactorParts.settle(parts.host.command(() -> {
      Instant now = parts.host.clock().instant();
      Enrolment enrolment = parts.enrolment(account);
      parts.requireRecent(enrolment, now);
      TotpKey started = enrolment.key().filter(k -> !k.confirmed()).orElseThrow(() -> new PreconditionFailed(
          AccountRefusals.FACTOR_CODE_REJECTED, "no authenticator app is being set up"));
      if (parts.locked(enrolment, now)) {
        return parts.failed(enrolment, account, FactorKind.TOTP, "locked", AccountRefusals.FACTOR_LOCKED, actor, now);
      }
      OptionalLong step = step(started, enrolment, command.code(), now);
      if (step.isEmpty()) {
        return parts.failed(enrolment, account, FactorKind.TOTP, "wrong-code", AccountRefusals.FACTOR_CODE_REJECTED,
            actor, now);
      }
      List<DomainEvent> events = new ArrayList<>();
      Enrolment confirmed = enrolment.withTotp(started.used(step.getAsLong(), now))
          .withLockout(Lockout.NONE);
      Enrolled enrolled = added(confirmed, account, FactorKind.TOTP, null, actor, now, events);
      return new Outcome<>(Judged.accepted(enrolled), events);
    }));
  }

  /**
   * A factor added (an app confirmed, a passkey registered): stored with a first set of recovery codes when the
   * account has none left, audited and mailed.
   */
  Enrolled added(Enrolment enrolment, AccountId account, FactorKind factor,
      @Nullable PasskeyId passkey, Actor actor, Instant now,
      List<DomainEvent> events) {
    events.add(new FactorEvent.FactorAdded(now, actor, account, factor));
    FactorParts.Issued issued = enrolment.recoveryCodesLeft() == 0
        ? parts.issueRecoveryCodes(enrolment, account, actor, now, events)
        : new FactorParts.Issued(enrolment, List.of());
    parts.save(issued.enrolment());
    parts.factorMail(parts.account(account), AccountNotifications.FACTOR_ADDED, factor,
        passkey == null ? "totp" : passkey.toString(), now);
    FactorParts.LOG.info("account {} added a second factor ({})", account, factor);
    return new Enrolled(factor, passkey, issued.codes());
  }

  Outcome<FactorStatus> remove(AccountId account, Actor actor) {
    FactorParts.holder(actor, account);
    return parts.host.command(() -> {
      Instant now = parts.host.clock().instant();
      Enrolment enrolment = parts.enrolment(account);
      if (!enrolment.hasTotp()) {
        throw new NotFound(AccountRefusals.NOT_FOUND, "no authenticator app is set up");
      }
      parts.requireRecent(enrolment, now);
      List<DomainEvent> events = new ArrayList<>();
      removed(enrolment.withTotp(null), account, FactorKind.TOTP, "totp", actor, now, events);
      return new Outcome<>(status(account), events);
    });
  }

  /** A factor removed: the recovery codes go with the last one; audited and mailed. */
  void removed(Enrolment without, AccountId account, FactorKind factor, String which, Actor actor, Instant now,
      List<DomainEvent> events) {
    parts.save(parts.hasFactor(without) ? without : without.withRecoveryCodes(List.of()));
    events.add(new FactorEvent.FactorRemoved(now, actor, account, factor));
    parts.factorMail(parts.account(account), AccountNotifications.FACTOR_REMOVED, factor, which, now);
    FactorParts.LOG.info("account {} removed a second factor ({})", account, factor);
  }

  FactorStatus status(AccountId account) {
    Enrolment enrolment = parts.enrolment(account);
    return new FactorStatus(enrolment.hasTotp(), enrolment.recoveryCodesLeft(),
        parts.passkeys.of(enrolment.holder()).stream()
            .map(p -> new FactorStatus.PasskeySummary(p.id(), p.name(), p.addedAt(), p.lastUsedAt())).toList());
  }

  /** The step of a typed code for a key, after the last used one; the key in clear only for the computation. */
  OptionalLong step(TotpKey key, Enrolment enrolment, @Nullable Secret typed,
      Instant now) {
    byte[] clear = parts.keys.open(key.key(), enrolment.holder());
    try {
      return Totp.matchingStep(clear, typed == null ? "" : typed.reveal().strip(), Totp.step(now),
          parts.settings.window(), key.lastUsedStep());
    } finally {
      Arrays.fill(clear, (byte) 0);
    }
  }

  private String uri(Account holder, String base32) {
    String issuer = parts.settings.issuer();
    return "otpauth://totp/" + encode(issuer) + ":" + encode(holder.email().display()) + "?secret=" + base32
        + "&issuer=" + encode(issuer) + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.PERIOD_SECONDS;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
