/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.reminder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.memberportal.account.AccountSummary;
import org.memberportal.account.port.AccountDirectory;
import org.memberportal.affiliation.AffiliationRefusals;
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
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.Outcome;

/**
 * The host-run tick that keeps affiliation requests from rotting (F10): requests pending longer than N days
 * remind the TIES Focal Point (the ITU Focal Point when there is none), kind {@code affiliation.reminder}; after M
 * days the ITU Focal Point is told, kind {@code affiliation.escalation}. Each step happens once per request, and
 * goes only to a focal point who may decide the request (never to the requester).
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class Reminders {

  private final Host host;
  private final AccountDirectory accounts;
  private final OrganisationRegister organisations;
  private final AffiliationRegister affiliations;
  private final FocalPointRegister seats;
  private final ReminderPolicy policy;
  private final RequestLetters letters;

  /**
   * Creates the tick.
   *
   * @param host the shared host
   * @param accounts the account directory
   * @param organisations the organisations
   * @param affiliations the affiliations
   * @param seats the focal point seats
   * @param policy the delays
   */
  public Reminders(Host host, AccountDirectory accounts, OrganisationRegister organisations,
      AffiliationRegister affiliations, FocalPointRegister seats, ReminderPolicy policy) {
    this.host = host;
    this.accounts = accounts;
    this.organisations = organisations;
    this.affiliations = affiliations;
    this.seats = seats;
    this.policy = policy;
    this.letters = new RequestLetters(host, accounts);
  }

  /**
   * Sends the reminders and escalations due now.
   *
   * @param actor the system (a host timer) or the operator
   * @return the reminded requests and an {@link AffiliationEvent.Reminded} per step taken
   */
  public Outcome<List<Affiliation>> tick(Actor actor) {
    if (!(actor instanceof Actor.System) && !(actor instanceof Actor.Operator)) {
      throw new NotAllowed(AffiliationRefusals.SYSTEM_ONLY, "the reminder tick is run by the host");
    }
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
    letters.toFocalPoint(recipient.get(), kind, a, organisation.get(), requester.get());
  }
}
