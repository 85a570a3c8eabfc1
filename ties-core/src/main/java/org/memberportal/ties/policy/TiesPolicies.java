/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.policy;

import org.apiguardian.api.API;
import org.memberportal.account.port.AccountDirectory;
import org.memberportal.affiliation.focalpoint.FocalPointEvent;
import org.memberportal.affiliation.focalpoint.FocalPoints;
import org.memberportal.affiliation.membership.AffiliationEvent;
import org.memberportal.affiliation.membership.Affiliations;
import org.memberportal.affiliation.organisation.Organisations;
import org.memberportal.kernel.EventBus;
import org.memberportal.kernel.Host;
import org.memberportal.ties.access.Ending;
import org.memberportal.ties.access.Granting;
import org.memberportal.ties.access.Requesting;
import org.memberportal.ties.access.TiesParts;
import org.memberportal.ties.port.TiesAccountRegister;

/**
 * Every policy of the TIES module, wired on the host's event bus in one place, so that each runs inside the
 * transaction of the command that published its event:
 *
 * <table>
 *   <caption>event, policy</caption>
 *   <tr><td>{@link AffiliationEvent.Approved}</td><td>{@link FileSignUpTick}</td></tr>
 *   <tr><td>{@link AffiliationEvent.Ended}</td><td>{@link LapseWithAffiliation}</td></tr>
 *   <tr><td>{@link AffiliationEvent.Moved}</td><td>{@link FollowMovedAffiliation}</td></tr>
 *   <tr><td>{@link FocalPointEvent.Changed}</td><td>{@link GrantAccessToAppointee}</td></tr>
 * </table>
 *
 * <p>Who may take the TIES seat by a hand-over is not a policy: it is the {@code SeatNeedsTiesAccess} rule that
 * {@code TiesFocalPoints} gives affiliation-core with the hand-over hook, checked before the seat changes.
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public final class TiesPolicies {

  private TiesPolicies() {}

  /**
   * Subscribes the policies. {@code TiesModule} calls it once when built; call it once per host, after the
   * affiliation module's.
   *
   * @param host the shared host
   * @param accounts the account directory
   * @param affiliations the affiliation service
   * @param organisations the organisations directory
   * @param focalPoints the focal point service
   * @param register the accounts' TIES access
   */
  public static void wire(Host host, AccountDirectory accounts, Affiliations affiliations, Organisations organisations,
      FocalPoints focalPoints, TiesAccountRegister register) {
    TiesParts parts = TiesParts.of(host, accounts, affiliations, organisations, focalPoints, register);
    EventBus bus = host.events();
    bus.subscribe(AffiliationEvent.Approved.class, new FileSignUpTick(accounts, parts, new Requesting(parts))::on);
    bus.subscribe(AffiliationEvent.Ended.class, new LapseWithAffiliation(parts, new Ending(parts))::on);
    bus.subscribe(AffiliationEvent.Moved.class, new FollowMovedAffiliation(host, register)::on);
    bus.subscribe(FocalPointEvent.Changed.class, new GrantAccessToAppointee(parts, new Granting(parts))::on);
  }
}
