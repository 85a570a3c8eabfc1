/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.web;

import java.util.Optional;
import org.memberportal.affiliation.focalpoint.FocalPoints;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.Affiliations;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.portal.security.Sessions;
import org.memberportal.portal.security.Signed;
import org.memberportal.ties.access.TiesAccess;

/**
 * Who reads a page, as the menu needs it: which kind of session, whether TIES is active (the "TIES Settings" menu
 * appears only then) and the organisation whose focal point the member is ("Manage my users" appears only then).
 *
 * @param kind {@code visitor}, {@code member}, {@code candidate}, {@code operator} or {@code recruiter}
 * @param tiesActive whether the member's TIES access is active
 * @param focalPointOf the organisation the member is a focal point of, if any
 */
public record Viewer(String kind, boolean tiesActive, Optional<OrganisationId> focalPointOf) {

  /**
   * The reader of this request.
   *
   * @param actor the request's actor
   * @param ties TIES access (is it active?)
   * @param affiliations the member's approved affiliation
   * @param focalPoints the seats of its organisation
   * @return the viewer
   */
  static Viewer of(Actor actor, TiesAccess ties, Affiliations affiliations, FocalPoints focalPoints) {
    Signed signed = Sessions.signed();
    if (signed instanceof Signed.Member member) {
      AccountId account = member.account();
      Optional<OrganisationId> seat = affiliations.approvedAffiliationOf(account).map(Affiliation::organisation)
          .filter(organisation -> !focalPoints.seatsOf(organisation).rolesOf(account).isEmpty());
      return new Viewer("member", ties.isActive(account, actor), seat);
    }
    String kind = signed instanceof Signed.Applicant ? "candidate" : signed instanceof Signed.Operator ? "operator"
        : signed instanceof Signed.Recruiting ? "recruiter" : "visitor";
    return new Viewer(kind, false, Optional.empty());
  }

  /**
   * Whether the member may manage an organisation's users.
   *
   * @return true for a focal point
   */
  public boolean focalPoint() {
    return focalPointOf.isPresent();
  }
}
