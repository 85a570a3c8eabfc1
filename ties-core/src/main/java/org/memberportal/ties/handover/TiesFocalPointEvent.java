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
 * Something that happened to an organisation's TIES focal point seat: an appointment or a hand-over; its subject
 * is {@code "ties-focal-point:<organisation>"} and its {@link #type()} the name it had as a top-level class
 * ({@code "TiesFocalPointAppointed"}, {@code "TiesHandOverPrepared"} ...). Ids only (never the hand-over token).
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
@DomainEvent.Subject(kind = "ties-focal-point", typePrefix = "TiesFocalPoint")
public sealed interface TiesFocalPointEvent extends DomainEvent {

  /**
   * The organisation whose TIES seat it concerns.
   *
   * @return its id
   */
  OrganisationId organisation();

  /**
   * A focal point prepared handing the TIES seat over; nothing changed yet (the token is not part of the event).
   *
   * @param occurredAt when
   * @param actor who acted
   * @param organisation the organisation
   * @param former the sitting TIES Focal Point
   * @param successor who will take the seat
   * @param expiresAt until when it may be confirmed
   */
  record HandOverPrepared(
      Instant occurredAt,
      Actor actor,
      OrganisationId organisation,
      AccountId former,
      AccountId successor,
      Instant expiresAt)
      implements TiesFocalPointEvent {

    @Override
    public String type() {
      return "TiesHandOverPrepared";
    }
  }

  /**
   * The operator seated a TIES Focal Point where the seat was vacant.
   *
   * @param occurredAt when
   * @param actor who acted
   * @param organisation the organisation
   * @param account the new TIES Focal Point
   */
  record Appointed(Instant occurredAt, Actor actor, OrganisationId organisation, AccountId account)
      implements TiesFocalPointEvent {}

  /**
   * The TIES seat was handed over: the successor holds it, the former keeps TIES access without the rights.
   *
   * @param occurredAt when
   * @param actor who acted
   * @param organisation the organisation
   * @param former the former TIES Focal Point
   * @param successor the new one
   */
  record HandedOver(Instant occurredAt, Actor actor, OrganisationId organisation, AccountId former, AccountId successor)
      implements TiesFocalPointEvent {}
}
