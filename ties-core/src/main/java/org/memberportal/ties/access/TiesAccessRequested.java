/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.access;

import java.time.Instant;
import org.apiguardian.api.API;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.affiliation.membership.AffiliationId;

/**
 * TIES access was requested, by the user or from the sign-up tick when the affiliation was approved.
 *
 * @param occurredAt when
 * @param actor who acted
 * @param account whose TIES access
 * @param organisation the organisation it rests on
 * @param affiliation the approved affiliation it rests on
 * @param origin how the request came about
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record TiesAccessRequested(
    Instant occurredAt,
    Actor actor,
    AccountId account,
    OrganisationId organisation,
    AffiliationId affiliation,
    TiesOrigin origin)
    implements DomainEvent {

  @Override
  public String subject() {
    return "ties:" + account;
  }
}
