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
 * A focal point prepared handing the TIES seat over; nothing changed yet (the token is not part of the event).
 *
 * @param occurredAt when
 * @param actor who acted
 * @param organisation the organisation
 * @param former the sitting TIES Focal Point
 * @param successor who will take the seat
 * @param expiresAt until when it may be confirmed
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record TiesHandOverPrepared(
    Instant occurredAt,
    Actor actor,
    OrganisationId organisation,
    AccountId former,
    AccountId successor,
    Instant expiresAt)
    implements DomainEvent {

  @Override
  public String subject() {
    return "ties-focal-point:" + organisation;
  }
}
