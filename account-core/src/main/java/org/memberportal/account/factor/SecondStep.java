/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.factor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.memberportal.account.AccountNotifications;
import org.memberportal.account.AccountRefusals;
import org.memberportal.account.factor.FactorParts.Judged;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.Secret;
import org.memberportal.kernel.Validation;

/**
 * The second step of sign-in with a code: the authenticator app's (within the window, each step once) or an
 * unused recovery code (each once; the holder is mailed how many are left). Wrong codes count towards the
 * factor's own lockout, and the count commits before the refusal.
 */
final class SecondStep {

  private final FactorParts parts;

  SecondStep(FactorParts parts) {
    this.parts = parts;
  }

  Outcome<Actor.AccountHolder> withTotp(FactorCode command, Actor actor) {
    Validation.check(command, actor);
    AccountId account = Objects.requireNonNull(command.account());
    Actor.AccountHolder holder = FactorParts.holder(actor, account);
    return FactorParts.settle(parts.host.command(() -> {
      Instant now = parts.host.clock().instant();
      Enrolment enrolment = parts.enrolment(account);
      Optional<TotpKey> key = enrolment.key().filter(TotpKey::confirmed);
      if (parts.locked(enrolment, now)) {
        return parts.failed(enrolment, account, FactorKind.TOTP, "locked", AccountRefusals.FACTOR_LOCKED, actor, now);
      }
      if (key.isEmpty()) {
        return parts.failed(enrolment, account, FactorKind.TOTP, "no-factor", AccountRefusals.FACTOR_CODE_REJECTED,
            actor, now);
      }
      OptionalLong step = parts.totpStep(key.get(), enrolment, command.code(), now);
      if (step.isEmpty()) {
        boolean replay = parts.totpStep(key.get().used(Long.MIN_VALUE, now), enrolment, command.code(), now)
            .isPresent();
        return parts.failed(enrolment, account, FactorKind.TOTP, replay ? "replay" : "wrong-code",
            AccountRefusals.FACTOR_CODE_REJECTED, actor, now);
      }
      return parts.passed(enrolment.withTotp(key.get().used(step.getAsLong(), now)), holder, account,
          FactorKind.TOTP, now, new ArrayList<>());
    }));
  }

  Outcome<Actor.AccountHolder> withRecoveryCode(FactorCode command, Actor actor) {
    Validation.check(command, actor);
    AccountId account = Objects.requireNonNull(command.account());
    Actor.AccountHolder holder = FactorParts.holder(actor, account);
    Secret typed = Objects.requireNonNull(command.code());
    return FactorParts.settle(parts.host.command(() -> {
      Instant now = parts.host.clock().instant();
      Enrolment enrolment = parts.enrolment(account);
      if (parts.locked(enrolment, now)) {
        return parts.failed(enrolment, account, FactorKind.RECOVERY_CODE, "locked", AccountRefusals.FACTOR_LOCKED,
            actor, now);
      }
      String digest = parts.keys.digest(typed, enrolment.holder());
      List<RecoveryCode> codes = new ArrayList<>(enrolment.recoveryCodes());
      int match = -1;
      // every code is compared, in constant time, whichever matches
      for (int i = 0; i < codes.size(); i++) {
        if (FactorKeys.same(codes.get(i).digest(), digest) && codes.get(i).unused()) {
          match = i;
        }
      }
      if (match < 0) {
        return parts.failed(enrolment, account, FactorKind.RECOVERY_CODE, "wrong-code",
            AccountRefusals.FACTOR_CODE_REJECTED, actor, now);
      }
      codes.set(match, new RecoveryCode(codes.get(match).digest(), now));
      Enrolment used = enrolment.withRecoveryCodes(codes);
      List<DomainEvent> events = new ArrayList<>();
      Outcome<Judged<Actor.AccountHolder>> passed = parts.passed(used, holder, account, FactorKind.RECOVERY_CODE,
          now, events);
      parts.mail(parts.account(account), AccountNotifications.RECOVERY_CODE_USED, now.toString(),
          Map.of(AccountNotifications.CODES_LEFT, Integer.toString(used.recoveryCodesLeft())));
      return passed;
    }));
  }
}
