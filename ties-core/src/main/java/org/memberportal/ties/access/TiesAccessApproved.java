/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.access;

import java.time.Instant;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;

/**
 * A focal point approved a TIES request; the user holds TIES access.
 *
 * @param occurredAt when
 * @param actor who acted
 * @param account whose TIES access
 * @param organisation the organisation it rests on
 * @param decidedBy the focal point; {@code null} when the operator decided a request that no focal point of the
 *     organisation could decide (the {@code actor} names the member of staff)
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record TiesAccessApproved(
    Instant occurredAt,
    Actor actor,
    AccountId account,
    OrganisationId organisation,
    @Nullable AccountId decidedBy)
    implements DomainEvent {

  @Override
  public String subject() {
    return "ties:" + account;
  }
}
