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
 * The TIES seat was handed over: the successor holds it, the former keeps TIES access without the rights.
 *
 * @param occurredAt when
 * @param actor who acted
 * @param organisation the organisation
 * @param former the former TIES Focal Point
 * @param successor the new one
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record TiesFocalPointHandedOver(
    Instant occurredAt,
    Actor actor,
    OrganisationId organisation,
    AccountId former,
    AccountId successor)
    implements DomainEvent {

  @Override
  public String subject() {
    return "ties-focal-point:" + organisation;
  }
}
