/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.memberportal.account.AccountEvent;
import org.memberportal.affiliation.membership.AffiliationParts;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.AffiliationAction;
import org.memberportal.affiliation.membership.EndCause;
import org.memberportal.affiliation.membership.Ending;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.Outcome;

/**
 * A closed account keeps no member rights: its open request is cancelled, its current affiliation ends (cause
 * {@code ACCOUNT_CLOSED}) and every focal point seat it held, ITU and TIES, is vacated.
 */
record EndWithClosedAccount(AffiliationParts parts, Ending ending) {

  void on(AccountEvent.Closed closed) {
    List<Affiliation> held = parts.affiliations().ofAccount(closed.account());
    parts.host().command(() -> {
      List<DomainEvent> events = new ArrayList<>(parts.focalPoints().vacateSeatsOf(closed.account(), closed.actor()));
      for (Affiliation a : held) {
        if (a.state().open()) {
          events.add(ending.cancel(a, closed.actor()));
        } else if (a.state().current()) {
          events.add(ending.end(a, AffiliationAction.REMOVE, EndCause.ACCOUNT_CLOSED, Optional.empty(),
              closed.actor(), Optional.empty()));
        }
      }
      return new Outcome<>(closed.account(), events);
    });
  }
}
