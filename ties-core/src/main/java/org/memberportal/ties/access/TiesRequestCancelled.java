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
 * The user withdrew a TIES request before a decision.
 *
 * @param occurredAt when
 * @param actor who acted
 * @param account whose TIES access
 * @param organisation the organisation it rests on
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record TiesRequestCancelled(Instant occurredAt, Actor actor, AccountId account, OrganisationId organisation)
    implements DomainEvent {

  @Override
  public String subject() {
    return "ties:" + account;
  }
}
