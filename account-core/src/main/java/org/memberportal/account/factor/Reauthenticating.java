/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.factor;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.memberportal.account.Account;
import org.memberportal.account.AccountRefusals;
import org.memberportal.account.factor.FactorParts.Judged;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.Validation;

/**
 * The holder proves their password again before adding or removing a factor (passing a factor proves it too).
 * Wrong passwords count towards the second factor's lockout, so this is no way round the password's own.
 */
final class Reauthenticating {

  private final FactorParts parts;

  Reauthenticating(FactorParts parts) {
    this.parts = parts;
  }

  Outcome<Instant> reauthenticate(PasswordProof command, Actor actor) {
    Validation.check(command, actor);
    AccountId account = Objects.requireNonNull(command.account());
    FactorParts.holder(actor, account);
    Account holder = parts.host.query(() -> parts.account(account));
    // the expensive check runs outside the transaction
    boolean matches = parts.credentials.matches(holder, command.password());
    return FactorParts.settle(parts.host.command(() -> {
      Instant now = parts.host.clock().instant();
      Enrolment enrolment = parts.enrolment(account);
      if (parts.locked(enrolment, now)) {
        return refused(enrolment, account, "locked", AccountRefusals.FACTOR_LOCKED, actor, now);
      }
      if (!matches) {
        return refused(enrolment, account, "wrong-password", AccountRefusals.WRONG_PASSWORD, actor, now);
      }
      parts.save(enrolment.withReauthenticatedAt(now));
      return new Outcome<>(Judged.accepted(now), List.of(new FactorEvent.Reauthenticated(now, actor, account)));
    }));
  }

  /** A refused password is recorded as what it is, no factor's failure, and counts towards the lockout. */
  private Outcome<Judged<Instant>> refused(Enrolment enrolment, AccountId account, String why, String reason,
      Actor actor, Instant now) {
    return parts.counted(enrolment, account, new FactorEvent.ReauthenticationFailed(now, actor, account, why), why,
        reason, actor, now);
  }
}
