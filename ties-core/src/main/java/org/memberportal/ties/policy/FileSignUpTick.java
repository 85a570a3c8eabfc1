/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.policy;

import java.util.List;
import java.util.Optional;
import org.memberportal.account.AccountSummary;
import org.memberportal.account.port.AccountDirectory;
import org.memberportal.affiliation.membership.AffiliationEvent;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Outcome;
import org.memberportal.ties.access.Requesting;
import org.memberportal.ties.access.TiesAccount;
import org.memberportal.ties.access.TiesAction;
import org.memberportal.ties.access.TiesOrigin;
import org.memberportal.ties.access.TiesWorkflow;
import org.memberportal.ties.access.TiesParts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sign-up tick ("I want to request TIES access") is filed as a TIES request when its affiliation with a
 * member organisation is approved: once per approved affiliation, in the approval's transaction.
 */
record FileSignUpTick(AccountDirectory accounts, TiesParts parts, Requesting requesting) {

  private static final Logger LOG = LoggerFactory.getLogger(FileSignUpTick.class);

  void on(AffiliationEvent.Approved approved) {
    if (!approved.wantsTiesAccess() || !approved.memberOrganisation()) {
      return;
    }
    Actor system = Actor.system("ties.sign-up-tick");
    parts.host().command(() -> {
      Optional<TiesAccount> existing = parts.register().find(approved.account());
      if (existing.filter(t -> t.tickFiled(approved.affiliation())).isPresent()) {
        LOG.info("TIES tick of affiliation {} already filed", approved.affiliation());
        return new Outcome<>(existing, List.of());
      }
      Optional<AccountSummary> user = accounts.find(approved.account()).filter(AccountSummary::active);
      if (user.isEmpty() || !TiesWorkflow.TABLE.allows(TiesAccount.stateOf(existing), TiesAction.REQUEST)) {
        // nothing to file (the account cannot use TIES now, or already has a live request): remember the tick
        // as handled so that a redelivered event does not file it later
        LOG.warn("TIES tick of affiliation {} not filed: account {} inactive or TIES already {}",
            approved.affiliation(), approved.account(), TiesAccount.stateOf(existing));
        Optional<TiesAccount> handled =
            existing.map(t -> parts.register().update(t.withTickFiled(approved.affiliation())));
        return new Outcome<>(handled, List.of());
      }
      Outcome<TiesAccount> filed = requesting.file(existing, approved.organisation(), approved.affiliation(),
          user.get(), TiesOrigin.SIGN_UP_TICK, system, Optional.of(approved.affiliation()));
      return new Outcome<>(Optional.of(filed.value()), filed.events());
    });
  }
}
