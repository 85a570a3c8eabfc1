/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.organisation;

import java.time.Instant;
import org.apiguardian.api.API;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;

/**
 * Event: the operator approved a user-entered organisation as a record of the directory.
 *
 * @param occurredAt when
 * @param actor who
 * @param organisation which organisation
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record OrganisationApproved(Instant occurredAt, Actor actor, OrganisationId organisation) implements DomainEvent {

  @Override
  public String subject() {
    return "organisation:" + organisation;
  }
}
