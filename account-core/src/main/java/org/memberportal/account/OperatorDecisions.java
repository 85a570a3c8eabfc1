/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import static org.memberportal.account.AccountForms.value;
import static org.memberportal.account.AccountParts.LOG;
import static org.memberportal.account.AccountWorkflow.TABLE;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.memberportal.account.factor.FactorPolicy;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.Validation;

/**
 * The operator's decisions on an account (A9): suspend, reactivate, close, each audited with the operator and the
 * reason; a decision ends a pending change of address.
 */
final class OperatorDecisions {

  private final AccountParts parts;

  OperatorDecisions(AccountParts parts) {
    this.parts = parts;
  }

  Outcome<AccountSummary> decide(OperatorDecision command, Actor actor, AccountAction action) {
    Validation.check(command, actor);
    AccountId id = Objects.requireNonNull(command.account());
    String reason = value(command.reason());
    return parts.host().command(() -> {
      Instant now = parts.host().clock().instant();
      Account account = parts.holders().load(id, actor);
      AccountStatus next = TABLE.next(account.status(), action, UserHolders.relation(actor, id));
      parts.factorPolicy().check(FactorPolicy.Duty.OPERATOR, actor);
      Account saved = parts.accounts().update(account.copy().withStatus(next).withPendingEmail(Optional.empty()));
      AccountEvent event = switch (action) {
        case SUSPEND -> new AccountEvent.Suspended(now, actor, id, reason);
        case REACTIVATE -> new AccountEvent.Reactivated(now, actor, id, reason);
        default -> new AccountEvent.Closed(now, actor, id, reason);
      };
      LOG.info("account {} {} by the operator", id, next);
      return Outcome.of(saved.summary(), event);
    });
  }
}
