/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.reminder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.memberportal.account.AccountSummary;
import org.memberportal.account.port.AccountDirectory;
import org.memberportal.affiliation.focalpoint.FocalPointSeats;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.AffiliationEvent;
import org.memberportal.affiliation.membership.ReminderStep;
import org.memberportal.affiliation.membership.RequestLetters;
import org.memberportal.affiliation.organisation.Organisation;
import org.memberportal.affiliation.port.AffiliationRegister;
import org.memberportal.affiliation.port.FocalPointRegister;
import org.memberportal.affiliation.port.OrganisationRegister;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.Outcome;

/** The reminder tick over the module's registers (see {@link Reminders}); the caller has checked the actor. */
record Reminding(Host host, AccountDirectory accounts, OrganisationRegister organisations,
    AffiliationRegister affiliations, FocalPointRegister seats, ReminderPolicy policy) {

  Outcome<List<Affiliation>> tick(Actor actor) {
    return host.command(() -> {
      Instant now = host.clock().instant();
      List<Affiliation> touched = new ArrayList<>();
      List<DomainEvent> events = new ArrayList<>();
      for (Affiliation a : affiliations.pendingSince(now.minus(policy.remindAfter()))) {
        Instant submitted = a.submittedAt().orElse(a.requestedAt());
        FocalPointSeats fp = seats.find(a.organisation()).orElse(FocalPointSeats.vacant(a.organisation()));
        Affiliation next = a;
        if (a.remindedAt().isEmpty()) {
          Optional<AccountId> to = fp.toldOfNewRequestBy(a.account());
          if (to.isPresent()) {
            send(a, to.get(), "affiliation.reminder");
            events.add(new AffiliationEvent.Reminded(now, actor, a.id(), a.account(), a.organisation(), ReminderStep.REMINDER,
                to.get()));
          }
          next = next.withRemindedAt(now);
        }
        if (a.escalatedAt().isEmpty() && !submitted.plus(policy.escalateAfter()).isAfter(now)) {
          Optional<AccountId> itu = fp.escalatedTo(a.account());
          if (itu.isPresent()) {
            send(a, itu.get(), "affiliation.escalation");
            events.add(new AffiliationEvent.Reminded(now, actor, a.id(), a.account(), a.organisation(),
                ReminderStep.ESCALATION, itu.get()));
          }
          next = next.withEscalatedAt(now);
        }
        if (next != a) {
          touched.add(affiliations.update(next));
        }
      }
      return new Outcome<>(touched, events);
    });
  }

  private void send(Affiliation a, AccountId to, String kind) {
    Optional<AccountSummary> recipient = accounts.find(to);
    Optional<AccountSummary> requester = accounts.find(a.account());
    Optional<Organisation> organisation = organisations.find(a.organisation());
    if (recipient.isEmpty() || requester.isEmpty() || organisation.isEmpty()) {
      return;
    }
    new RequestLetters(host, accounts).toFocalPoint(recipient.get(), kind, a, organisation.get(), requester.get());
  }
}
