/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.handover;

import java.time.Instant;
import org.apiguardian.api.API;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;

/**
 * The operator seated a TIES Focal Point where the seat was vacant.
 *
 * @param occurredAt when
 * @param actor who acted
 * @param organisation the organisation
 * @param account the new TIES Focal Point
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record TiesFocalPointAppointed(Instant occurredAt, Actor actor, OrganisationId organisation, AccountId account)
    implements DomainEvent {

  @Override
  public String subject() {
    return "ties-focal-point:" + organisation;
  }
}
