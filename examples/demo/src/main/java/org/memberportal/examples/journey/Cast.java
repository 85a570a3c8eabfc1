/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.journey;

import org.memberportal.account.AccountSummary;
import org.memberportal.affiliation.focalpoint.AppointFocalPoint;
import org.memberportal.affiliation.focalpoint.FocalPointRole;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.DecideAffiliation;
import org.memberportal.affiliation.membership.RequestAffiliation;
import org.memberportal.affiliation.organisation.MembershipType;
import org.memberportal.affiliation.organisation.Organisation;
import org.memberportal.affiliation.organisation.RegisterOrganisation;

/**
 * Who the affiliation and TIES journeys (1 to 4) start with: a Sector Member organisation, its ITU focal point and
 * its TIES focal point (affiliated, as the TIES seat requires), made without telling.
 *
 * @param organisation the organisation
 * @param itu its ITU focal point, Ida
 * @param ties its TIES focal point, Tom
 */
record Cast(Organisation organisation, AccountSummary itu, AccountSummary ties) {

  /** The organisation's name. */
  static final String ORGANISATION = "Alpine Telecom";

  /**
   * Registers the organisation, signs Ida and Tom up and seats them.
   *
   * @param portal the portal
   * @param story where the cast is introduced
   * @return the cast
   */
  static Cast on(Portal portal, Story story) {
    Organisation organisation = portal.affiliation.organisations().register(RegisterOrganisation.builder()
        .name(ORGANISATION).membershipType(MembershipType.SECTOR_MEMBER).country("CH").build(),
        portal.operator).value();
    AccountSummary itu = portal.person("Ida", "Weber", "ida.weber@alpine-telecom.example", "female");
    AccountSummary ties = portal.person("Tom", "Keller", "tom.keller@alpine-telecom.example", "male");
    seat(portal, organisation, FocalPointRole.ITU, itu);
    Affiliation tomsRequest = portal.affiliation.affiliations().request(RequestAffiliation.builder()
        .account(ties.id()).organisation(organisation.id()).build(), portal.as(ties)).value();
    portal.affiliation.affiliations().approve(DecideAffiliation.builder().affiliation(tomsRequest.id()).build(),
        portal.as(itu));
    seat(portal, organisation, FocalPointRole.TIES, ties);
    portal.deliver();
    story.line("Cast: " + ORGANISATION + " (Sector Member, CH) with Ida Weber as ITU focal point and Tom Keller"
        + " as TIES focal point; the operator's service desk.");
    return new Cast(organisation, itu, ties);
  }

  private static void seat(Portal portal, Organisation organisation, FocalPointRole seat, AccountSummary account) {
    portal.affiliation.focalPoints().appoint(AppointFocalPoint.builder().organisation(organisation.id())
        .seat(seat).account(account.id()).build(), portal.operator);
  }
}
