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
import org.memberportal.affiliation.membership.EndCause;

/**
 * TIES access, or a pending TIES request, lapsed because the affiliation it rested on ended.
 *
 * @param occurredAt when
 * @param actor who acted
 * @param account whose TIES access
 * @param organisation the organisation it rests on
 * @param affiliation the ended affiliation
 * @param cause why it ended
 * @param wasActive whether access was active (otherwise a request lapsed)
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record TiesAccessLapsed(
    Instant occurredAt,
    Actor actor,
    AccountId account,
    OrganisationId organisation,
    AffiliationId affiliation,
    EndCause cause,
    boolean wasActive)
    implements DomainEvent {

  @Override
  public String subject() {
    return "ties:" + account;
  }
}
