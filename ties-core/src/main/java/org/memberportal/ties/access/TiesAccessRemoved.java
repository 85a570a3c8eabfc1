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
 * A focal point or the operator removed TIES access; when the operator removed the sitting TIES focal point's access,
 * the seat was vacated with it.
 *
 * @param occurredAt when
 * @param actor who acted
 * @param account whose TIES access
 * @param organisation the organisation it rests on
 * @param byOperator whether the operator removed it
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record TiesAccessRemoved(
    Instant occurredAt,
    Actor actor,
    AccountId account,
    OrganisationId organisation,
    boolean byOperator)
    implements DomainEvent {

  @Override
  public String subject() {
    return "ties:" + account;
  }
}
