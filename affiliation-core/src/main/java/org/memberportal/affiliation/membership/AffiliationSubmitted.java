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
 * Event: a request went to the organisation's focal points (at once, or when the email was verified).
 *
 * @param occurredAt when
 * @param actor who
 * @param affiliation which affiliation
 * @param account the affiliated (or requesting) account
 * @param organisation the organisation

 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record AffiliationSubmitted(Instant occurredAt, Actor actor, AffiliationId affiliation, AccountId account, OrganisationId organisation)
    implements DomainEvent {

  @Override
  public String subject() {
    return "affiliation:" + affiliation;
  }
}
