/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.factor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.memberportal.account.AccountRefusals;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.PreconditionFailed;
import org.memberportal.kernel.Secret;

/** A new set of recovery codes replaces the old one, every old code revoked; after a recent re-authentication. */
final class RenewingRecoveryCodes {

  private final FactorParts parts;

  RenewingRecoveryCodes(FactorParts parts) {
    this.parts = parts;
  }

  Outcome<List<Secret>> renew(AccountId account, Actor actor) {
    FactorParts.holder(actor, account);
    return parts.host.command(() -> {
      Instant now = parts.host.clock().instant();
      Enrolment enrolment = parts.enrolment(account);
      if (!parts.hasFactor(enrolment)) {
        throw new PreconditionFailed(AccountRefusals.SECOND_FACTOR_ENROLMENT_REQUIRED,
            "recovery codes come with a second factor");
      }
      parts.requireRecent(enrolment, now);
      List<DomainEvent> events = new ArrayList<>(1);
      FactorParts.Issued issued = parts.issueRecoveryCodes(enrolment, account, actor, now, events);
      parts.save(issued.enrolment());
      FactorParts.LOG.info("account {} renewed its recovery codes", account);
      return new Outcome<>(issued.codes(), events);
    });
  }
}
