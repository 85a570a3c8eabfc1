/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.access;

import java.time.Instant;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.memberportal.affiliation.membership.AffiliationId;
import org.memberportal.affiliation.membership.EndCause;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;

/**
 * Something that happened to a user's TIES access; its subject is {@code "ties:<account>"} and its {@link #type()}
 * the name it had as a top-level class ({@code "TiesAccessApproved"}, {@code "TiesRequestCancelled"} ...). Ids only.
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
@DomainEvent.Subject(kind = "ties", typePrefix = "TiesAccess")
public sealed interface TiesAccessEvent extends DomainEvent {

  /**
   * Whose TIES access.
   *
   * @return the account
   */
  AccountId account();

  /**
   * The organisation the access rests on.
   *
   * @return the organisation
   */
  OrganisationId organisation();

  /**
   * TIES access was requested, by the user or from the sign-up tick when the affiliation was approved.
   *
   * @param occurredAt when
   * @param actor who acted
   * @param account whose TIES access
   * @param organisation the organisation it rests on
   * @param affiliation the approved affiliation it rests on
   * @param origin how the request came about
   */
  record Requested(
      Instant occurredAt,
      Actor actor,
      AccountId account,
      OrganisationId organisation,
      AffiliationId affiliation,
      TiesOrigin origin)
      implements TiesAccessEvent {}

  /**
   * A focal point approved a TIES request; the user holds TIES access.
   *
   * @param occurredAt when
   * @param actor who acted
   * @param account whose TIES access
   * @param organisation the organisation it rests on
   * @param decidedBy the focal point; {@code null} when the operator decided a request that no focal point of the
   *     organisation could decide (the {@code actor} names the member of staff)
   */
  record Approved(Instant occurredAt, Actor actor, AccountId account, OrganisationId organisation, @Nullable AccountId decidedBy)
      implements TiesAccessEvent {}

  /**
   * A focal point rejected a TIES request.
   *
   * @param occurredAt when
   * @param actor who acted
   * @param account whose TIES access
   * @param organisation the organisation it rests on
   * @param decidedBy the focal point; {@code null} when the operator decided a request that no focal point of the
   *     organisation could decide (the {@code actor} names the member of staff)
   */
  record Rejected(Instant occurredAt, Actor actor, AccountId account, OrganisationId organisation, @Nullable AccountId decidedBy)
      implements TiesAccessEvent {}

  /**
   * TIES access was assigned without a request: by a focal point, or to an appointed TIES focal point.
   *
   * @param occurredAt when
   * @param actor who acted
   * @param account whose TIES access
   * @param organisation the organisation it rests on
   * @param origin a focal point's assignment or a focal point appointment
   */
  record Assigned(Instant occurredAt, Actor actor, AccountId account, OrganisationId organisation, TiesOrigin origin)
      implements TiesAccessEvent {}

  /**
   * A focal point or the operator removed TIES access; when the operator removed the sitting TIES focal point's
   * access, the seat was vacated with it.
   *
   * @param occurredAt when
   * @param actor who acted
   * @param account whose TIES access
   * @param organisation the organisation it rests on
   * @param byOperator whether the operator removed it
   */
  record Removed(Instant occurredAt, Actor actor, AccountId account, OrganisationId organisation, boolean byOperator)
      implements TiesAccessEvent {}

  /**
   * TIES access, or a pending TIES request, lapsed because the affiliation it rested on ended.
   *
   * @param occurredAt when
   * @param actor who acted
   * @param account whose TIES access
   * @param organisation the organisation it rests on
   * @param affiliation the ended affiliation
   * @param cause why it ended
   * @param wasActive whether access was active (otherwise a request lapsed)
   */
  record Lapsed(
      Instant occurredAt,
      Actor actor,
      AccountId account,
      OrganisationId organisation,
      AffiliationId affiliation,
      EndCause cause,
      boolean wasActive)
      implements TiesAccessEvent {}

  /**
   * The user withdrew a TIES request before a decision.
   *
   * @param occurredAt when
   * @param actor who acted
   * @param account whose TIES access
   * @param organisation the organisation it rests on
   */
  record RequestCancelled(Instant occurredAt, Actor actor, AccountId account, OrganisationId organisation)
      implements TiesAccessEvent {

    @Override
    public String type() {
      return "TiesRequestCancelled";
    }
  }
}
