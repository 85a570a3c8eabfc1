/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.membership;

import java.time.Instant;
import org.apiguardian.api.API;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;

/**
 * Event: the operator merged the affiliation's organisation into another record; the affiliation follows it.
 *
 * @param occurredAt when
 * @param actor who
 * @param affiliation which affiliation
 * @param account the affiliated (or requesting) account
 * @param organisation the organisation
 * @param from the merged record
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record AffiliationMoved(Instant occurredAt, Actor actor, AffiliationId affiliation, AccountId account, OrganisationId organisation, OrganisationId from)
    implements DomainEvent {

  @Override
  public String subject() {
    return "affiliation:" + affiliation;
  }
}
