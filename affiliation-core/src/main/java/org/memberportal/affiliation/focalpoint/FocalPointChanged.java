/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.focalpoint;

import java.time.Instant;
import java.util.Optional;
import org.apiguardian.api.API;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;

/**
 * Event: a focal point seat of an organisation changed holder; authorisation follows at once (F11).
 *
 * @param occurredAt when
 * @param actor who
 * @param organisation the organisation
 * @param seat which seat
 * @param previous the former holder, if any
 * @param current the new holder, or empty when the seat was vacated
 * @param change how it changed
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record FocalPointChanged(
    Instant occurredAt,
    Actor actor,
    OrganisationId organisation,
    FocalPointRole seat,
    Optional<AccountId> previous,
    Optional<AccountId> current,
    FocalPointChange change) implements DomainEvent {

  @Override
  public String subject() {
    return "focal-points:" + organisation;
  }
}
