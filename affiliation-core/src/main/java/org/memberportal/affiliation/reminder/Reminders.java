/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.reminder;

import java.util.List;
import org.apiguardian.api.API;
import org.memberportal.account.port.AccountDirectory;
import org.memberportal.affiliation.AffiliationRefusals;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.AffiliationEvent;
import org.memberportal.affiliation.port.AffiliationRegister;
import org.memberportal.affiliation.port.FocalPointRegister;
import org.memberportal.affiliation.port.OrganisationRegister;
import org.memberportal.kernel.Actor;
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

  private final Reminding reminding;

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
    this.reminding = new Reminding(host, accounts, organisations, affiliations, seats, policy);
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
    return reminding.tick(actor);
  }
}
