/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.organisation;

import java.time.Instant;
import org.apiguardian.api.API;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;

/**
 * Event: the operator (or a seed import) added or updated a verified organisation of the directory.
 *
 * @param occurredAt when
 * @param actor who
 * @param organisation which organisation
 * @param membershipType its membership type
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record OrganisationRegistered(Instant occurredAt, Actor actor, OrganisationId organisation, MembershipType membershipType) implements DomainEvent {

  @Override
  public String subject() {
    return "organisation:" + organisation;
  }
}
