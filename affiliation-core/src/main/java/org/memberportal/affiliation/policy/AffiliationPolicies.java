/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.policy;

import org.apiguardian.api.API;
import org.memberportal.account.AccountEvent;
import org.memberportal.account.AccountEvent.EmailVerified;
import org.memberportal.account.port.AccountDirectory;
import org.memberportal.affiliation.focalpoint.FocalPoints;
import org.memberportal.affiliation.membership.Ending;
import org.memberportal.affiliation.membership.AffiliationParts;
import org.memberportal.affiliation.membership.Submitting;
import org.memberportal.affiliation.organisation.OrganisationEvent;
import org.memberportal.affiliation.port.AffiliationRegister;
import org.memberportal.affiliation.port.OrganisationRegister;
import org.memberportal.kernel.EventBus;
import org.memberportal.kernel.Host;

/**
 * Every policy of the affiliation module, wired on the host's event bus in one place, so that each runs inside
 * the transaction of the command that published its event:
 *
 * <table>
 *   <caption>event, policy</caption>
 *   <tr><td>{@link EmailVerified}</td><td>{@link SubmitOnceVerified}</td></tr>
 *   <tr><td>{@link AccountEvent.SignUpExpired}</td><td>{@link CancelWithExpiredSignUp}</td></tr>
 *   <tr><td>{@link AccountEvent.Closed}</td><td>{@link EndWithClosedAccount}</td></tr>
 *   <tr><td>{@link OrganisationEvent.Merged}</td><td>{@link FollowMergedOrganisation}</td></tr>
 *   <tr><td>{@link OrganisationEvent.Rejected}</td><td>{@link EndWithRejectedOrganisation}</td></tr>
 * </table>
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public final class AffiliationPolicies {

  private AffiliationPolicies() {}

  /**
   * Subscribes the policies. {@code AffiliationModule} calls it once when built; call it once per host.
   *
   * @param host the shared host
   * @param accounts the account directory
   * @param organisations the organisations
   * @param affiliations the affiliations
   * @param focalPoints the focal point service
   */
  public static void wire(Host host, AccountDirectory accounts, OrganisationRegister organisations,
      AffiliationRegister affiliations, FocalPoints focalPoints) {
    AffiliationParts parts = AffiliationParts.of(host, accounts, organisations, affiliations, focalPoints);
    Submitting submitting = new Submitting(parts);
    Ending ending = new Ending(parts);
    EventBus bus = host.events();
    bus.subscribe(EmailVerified.class, new SubmitOnceVerified(parts, submitting)::on);
    bus.subscribe(AccountEvent.SignUpExpired.class, new CancelWithExpiredSignUp(parts, ending)::on);
    bus.subscribe(AccountEvent.Closed.class, new EndWithClosedAccount(parts, ending)::on);
    bus.subscribe(OrganisationEvent.Merged.class, new FollowMergedOrganisation(parts, submitting)::on);
    bus.subscribe(OrganisationEvent.Rejected.class, new EndWithRejectedOrganisation(parts, ending)::on);
  }
}
