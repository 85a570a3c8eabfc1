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
import org.memberportal.account.Account;
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
      OptionalLong step = parts.totpStep(started, enrolment, command.code(), now);
      if (step.isEmpty()) {
        return parts.failed(enrolment, account, FactorKind.TOTP, "wrong-code", AccountRefusals.FACTOR_CODE_REJECTED,
            actor, now);
      }
      List<DomainEvent> events = new ArrayList<>();
      Enrolment confirmed = enrolment.withTotp(started.used(step.getAsLong(), now))
          .withLockout(Lockout.NONE);
      Enrolled enrolled = parts.added(confirmed, account, FactorKind.TOTP, null, actor, now, events);
      return new Outcome<>(Judged.accepted(enrolled), events);
    }));
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
      parts.removed(enrolment.withTotp(null), account, FactorKind.TOTP, "totp", actor, now, events);
      return new Outcome<>(parts.status(account), events);
    });
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
