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
 * Something that happened to an organisation's focal point seats; its subject is {@code "focal-points:<id>"} and
 * its {@link #type()} the name it had as a top-level class ({@code "FocalPointChanged"}). Ids only.
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
@DomainEvent.Subject(kind = "focal-points", typePrefix = "FocalPoint")
public sealed interface FocalPointEvent extends DomainEvent {

  /**
   * The organisation whose seats it concerns.
   *
   * @return its id
   */
  OrganisationId organisation();

  /**
   * A focal point seat of an organisation changed holder; authorisation follows at once (F11).
   *
   * @param occurredAt when
   * @param actor who
   * @param organisation the organisation
   * @param seat which seat
   * @param previous the former holder, if any
   * @param current the new holder, or empty when the seat was vacated
   * @param change how it changed
   */
  record Changed(
      Instant occurredAt,
      Actor actor,
      OrganisationId organisation,
      FocalPointRole seat,
      Optional<AccountId> previous,
      Optional<AccountId> current,
      FocalPointChange change) implements FocalPointEvent {}
}
