/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.organisation;

import java.time.Instant;
import org.apiguardian.api.API;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;

/**
 * Event: the operator merged a user-entered organisation into an existing record; its affiliations follow.
 *
 * @param occurredAt when
 * @param actor who
 * @param organisation which organisation
 * @param into the surviving record
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record OrganisationMerged(Instant occurredAt, Actor actor, OrganisationId organisation, OrganisationId into) implements DomainEvent {

  @Override
  public String subject() {
    return "organisation:" + organisation;
  }
}
