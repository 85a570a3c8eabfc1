/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.membership;

import java.time.Instant;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.memberportal.affiliation.focalpoint.FocalPointRole;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;

/**
 * Event: a focal point (the operator where no focal point may decide) rejected a request.
 *
 * @param occurredAt when
 * @param actor who
 * @param affiliation which affiliation
 * @param account the affiliated (or requesting) account
 * @param organisation the organisation
 * @param decidedBy the focal point who rejected; {@code null} when the operator decided a request that no focal
 *     point of the organisation could decide (the {@code actor} names the member of staff)
 * @param decidedAs in which seat; {@code null} when the operator decided
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record AffiliationRejected(Instant occurredAt, Actor actor, AffiliationId affiliation, AccountId account, OrganisationId organisation, @Nullable AccountId decidedBy, @Nullable FocalPointRole decidedAs)
    implements DomainEvent {

  @Override
  public String subject() {
    return "affiliation:" + affiliation;
  }
}
