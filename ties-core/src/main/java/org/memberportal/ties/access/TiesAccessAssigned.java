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

/**
 * TIES access was assigned without a request: by a focal point, or to an appointed TIES focal point.
 *
 * @param occurredAt when
 * @param actor who acted
 * @param account whose TIES access
 * @param organisation the organisation it rests on
 * @param origin a focal point's assignment or a focal point appointment
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record TiesAccessAssigned(
    Instant occurredAt,
    Actor actor,
    AccountId account,
    OrganisationId organisation,
    TiesOrigin origin)
    implements DomainEvent {

  @Override
  public String subject() {
    return "ties:" + account;
  }
}
