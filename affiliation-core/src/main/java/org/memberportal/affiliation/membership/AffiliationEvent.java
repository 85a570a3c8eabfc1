/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.membership;

import java.time.Instant;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.memberportal.affiliation.focalpoint.FocalPointRole;
import org.memberportal.affiliation.organisation.MembershipType;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;

/**
 * Something that happened to an affiliation; its subject is {@code "affiliation:<id>"} and its {@link #type()} the
 * name it had as a top-level class ({@code "AffiliationApproved"} ...), so event logs read the same. Ids only.
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
@DomainEvent.Subject(kind = "affiliation", typePrefix = "Affiliation")
public sealed interface AffiliationEvent extends DomainEvent {

  /**
   * The affiliation it happened to.
   *
   * @return its id
   */
  AffiliationId affiliation();

  /**
   * The affiliated (or requesting) account.
   *
   * @return the account
   */
  AccountId account();

  /**
   * The organisation.
   *
   * @return the organisation
   */
  OrganisationId organisation();

  /**
   * An account asked to be affiliated with a member organisation; it waits for the email verification when
   * {@code awaitingVerification}.
   *
   * @param occurredAt when
   * @param actor who
   * @param affiliation which affiliation
   * @param account the requesting account
   * @param organisation the organisation
   * @param wantsTiesAccess the "I want to request TIES access" tick
   * @param awaitingVerification true when the request waits for the account's email verification
   */
  record Requested(Instant occurredAt, Actor actor, AffiliationId affiliation, AccountId account, OrganisationId organisation, boolean wantsTiesAccess, boolean awaitingVerification)
      implements AffiliationEvent {}

  /**
   * A request went to the organisation's focal points (at once, or when the email was verified).
   *
   * @param occurredAt when
   * @param actor who
   * @param affiliation which affiliation
   * @param account the requesting account
   * @param organisation the organisation
   */
  record Submitted(Instant occurredAt, Actor actor, AffiliationId affiliation, AccountId account, OrganisationId organisation)
      implements AffiliationEvent {}

  /**
   * A focal point (the operator where no focal point may decide) approved a request: the account is affiliated
   * with member rights. The TIES module files a TIES request when {@code wantsTiesAccess}.
   *
   * @param occurredAt when
   * @param actor who
   * @param affiliation which affiliation
   * @param account the affiliated account
   * @param organisation the organisation
   * @param membershipType the organisation's membership type
   * @param memberOrganisation whether the organisation is a member (always true for an approval)
   * @param wantsTiesAccess the "I want to request TIES access" tick of the request
   * @param decidedBy the focal point who approved; {@code null} when the operator decided a request that no focal
   *     point of the organisation could decide (the {@code actor} names the member of staff)
   * @param decidedAs in which seat; {@code null} when the operator decided
   */
  record Approved(Instant occurredAt, Actor actor, AffiliationId affiliation, AccountId account, OrganisationId organisation, MembershipType membershipType, boolean memberOrganisation, boolean wantsTiesAccess, @Nullable AccountId decidedBy, @Nullable FocalPointRole decidedAs)
      implements AffiliationEvent {}

  /**
   * A focal point (the operator where no focal point may decide) rejected a request.
   *
   * @param occurredAt when
   * @param actor who
   * @param affiliation which affiliation
   * @param account the requesting account
   * @param organisation the organisation
   * @param decidedBy the focal point who rejected; {@code null} when the operator decided a request that no focal
   *     point of the organisation could decide (the {@code actor} names the member of staff)
   * @param decidedAs in which seat; {@code null} when the operator decided
   */
  record Rejected(Instant occurredAt, Actor actor, AffiliationId affiliation, AccountId account, OrganisationId organisation, @Nullable AccountId decidedBy, @Nullable FocalPointRole decidedAs)
      implements AffiliationEvent {}

  /**
   * The requester withdrew a request before a decision.
   *
   * @param occurredAt when
   * @param actor who
   * @param affiliation which affiliation
   * @param account the requesting account
   * @param organisation the organisation
   */
  record Cancelled(Instant occurredAt, Actor actor, AffiliationId affiliation, AccountId account, OrganisationId organisation)
      implements AffiliationEvent {}

  /**
   * An account was linked to a non-member organisation, without approval and without member rights.
   *
   * @param occurredAt when
   * @param actor who
   * @param affiliation which affiliation
   * @param account the linked account
   * @param organisation the organisation
   * @param membershipType the organisation's type ({@link MembershipType#NOT_A_MEMBER})
   */
  record Linked(Instant occurredAt, Actor actor, AffiliationId affiliation, AccountId account, OrganisationId organisation, MembershipType membershipType)
      implements AffiliationEvent {}

  /**
   * An approved or linked affiliation ended; member rights that depended on it (TIES access) lapse.
   *
   * @param occurredAt when
   * @param actor who
   * @param affiliation which affiliation
   * @param account the affiliated account
   * @param organisation the organisation
   * @param cause why it ended
   * @param hadMemberRights true when it was approved (not a mere link)
   * @param replacedBy the newer affiliation, when replaced
   */
  record Ended(Instant occurredAt, Actor actor, AffiliationId affiliation, AccountId account, OrganisationId organisation, EndCause cause, boolean hadMemberRights, Optional<AffiliationId> replacedBy)
      implements AffiliationEvent {}

  /**
   * The operator merged the affiliation's organisation into another record; the affiliation follows it.
   *
   * @param occurredAt when
   * @param actor who
   * @param affiliation which affiliation
   * @param account the affiliated account
   * @param organisation the organisation it now rests on
   * @param from the merged record
   */
  record Moved(Instant occurredAt, Actor actor, AffiliationId affiliation, AccountId account, OrganisationId organisation, OrganisationId from)
      implements AffiliationEvent {}

  /**
   * A pending request was brought to a focal point's attention again (F10).
   *
   * @param occurredAt when
   * @param actor who
   * @param affiliation which affiliation
   * @param account the requesting account
   * @param organisation the organisation
   * @param step reminder or escalation
   * @param recipient the focal point told
   */
  record Reminded(Instant occurredAt, Actor actor, AffiliationId affiliation, AccountId account, OrganisationId organisation, ReminderStep step, AccountId recipient)
      implements AffiliationEvent {}
}
