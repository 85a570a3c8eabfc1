/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.organisation;

import java.time.Instant;
import org.apiguardian.api.API;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;

/**
 * Something that happened to an organisation of the directory; its subject is {@code "organisation:<id>"} and its
 * {@link #type()} the name it had as a top-level class ({@code "OrganisationApproved"} ...). Ids only.
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
@DomainEvent.Subject(kind = "organisation", typePrefix = "Organisation")
public sealed interface OrganisationEvent extends DomainEvent {

  /**
   * The organisation it happened to.
   *
   * @return its id
   */
  OrganisationId organisation();

  /**
   * The operator (or a seed import) added or updated a verified organisation of the directory.
   *
   * @param occurredAt when
   * @param actor who
   * @param organisation which organisation
   * @param membershipType its membership type
   */
  record Registered(Instant occurredAt, Actor actor, OrganisationId organisation, MembershipType membershipType)
      implements OrganisationEvent {}

  /**
   * A user entered an organisation that was not in the directory; it waits for the operator's review.
   *
   * @param occurredAt when
   * @param actor who
   * @param organisation which organisation
   */
  record Entered(Instant occurredAt, Actor actor, OrganisationId organisation) implements OrganisationEvent {}

  /**
   * The operator approved a user-entered organisation as a record of the directory.
   *
   * @param occurredAt when
   * @param actor who
   * @param organisation which organisation
   */
  record Approved(Instant occurredAt, Actor actor, OrganisationId organisation) implements OrganisationEvent {}

  /**
   * The operator rejected a user-entered organisation; its links are ended.
   *
   * @param occurredAt when
   * @param actor who
   * @param organisation which organisation
   */
  record Rejected(Instant occurredAt, Actor actor, OrganisationId organisation) implements OrganisationEvent {}

  /**
   * The operator merged a user-entered organisation into an existing record; its affiliations follow.
   *
   * @param occurredAt when
   * @param actor who
   * @param organisation which organisation
   * @param into the surviving record
   */
  record Merged(Instant occurredAt, Actor actor, OrganisationId organisation, OrganisationId into)
      implements OrganisationEvent {}
}
