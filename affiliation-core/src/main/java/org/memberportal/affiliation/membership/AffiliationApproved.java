/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.membership;

import java.time.Instant;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.memberportal.affiliation.focalpoint.FocalPointRole;
import org.memberportal.affiliation.organisation.MembershipType;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;

/**
 * Event: a focal point (the operator where no focal point may decide) approved a request: the account is affiliated with member rights. The TIES module files a TIES request when {@code wantsTiesAccess}.
 *
 * @param occurredAt when
 * @param actor who
 * @param affiliation which affiliation
 * @param account the affiliated (or requesting) account
 * @param organisation the organisation
 * @param membershipType the organisation's membership type
 * @param memberOrganisation whether the organisation is a member (always true for an approval)
 * @param wantsTiesAccess the "I want to request TIES access" tick of the request
 * @param decidedBy the focal point who approved; {@code null} when the operator decided a request that no focal
 *     point of the organisation could decide (the {@code actor} names the member of staff)
 * @param decidedAs in which seat; {@code null} when the operator decided
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record AffiliationApproved(Instant occurredAt, Actor actor, AffiliationId affiliation, AccountId account, OrganisationId organisation, MembershipType membershipType, boolean memberOrganisation, boolean wantsTiesAccess, @Nullable AccountId decidedBy, @Nullable FocalPointRole decidedAs)
    implements DomainEvent {

  @Override
  public String subject() {
    return "affiliation:" + affiliation;
  }
}
