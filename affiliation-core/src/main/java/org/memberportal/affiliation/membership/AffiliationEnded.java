/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.membership;

import java.time.Instant;
import java.util.Optional;
import org.apiguardian.api.API;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;

/**
 * Event: an approved or linked affiliation ended; member rights that depended on it (TIES access) lapse.
 *
 * @param occurredAt when
 * @param actor who
 * @param affiliation which affiliation
 * @param account the affiliated (or requesting) account
 * @param organisation the organisation
 * @param cause why it ended
 * @param hadMemberRights true when it was approved (not a mere link)
 * @param replacedBy the newer affiliation, when replaced
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record AffiliationEnded(Instant occurredAt, Actor actor, AffiliationId affiliation, AccountId account, OrganisationId organisation, EndCause cause, boolean hadMemberRights, Optional<AffiliationId> replacedBy)
    implements DomainEvent {

  @Override
  public String subject() {
    return "affiliation:" + affiliation;
  }
}
