/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.memberportal.affiliation.AffiliationRefusals;
import org.memberportal.affiliation.port.OrganisationRegister;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.IllegalTransition;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.NotFound;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.Page;
import org.memberportal.kernel.PreconditionFailed;
import org.memberportal.kernel.Validation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The organisations directory (F1) and the review of user-entered organisations (F2). Searching is open to
 * anyone (the sign-up form); the operator maintains the directory and reviews entries.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class Organisations {

  private static final Logger LOG = LoggerFactory.getLogger(Organisations.class);

  /** The states of a user-entered record's review, for the illegal-transition error. */
  private enum Review { APPROVE, REJECT, MERGE }

  private final Host host;
  private final OrganisationRegister register;

  /**
   * Creates the service.
   *
   * @param host the shared host
   * @param register the organisations
   */
  public Organisations(Host host, OrganisationRegister register) {
    this.host = host;
    this.register = register;
  }

  /**
   * Searches the directory: verified organisations only, filtered in the sign-up form's order, by name
   * ignoring case and accents, sorted by name, one page. Anyone may search.
   *
   * @param query filters and paging
   * @param actor who searches (for the language of validation messages)
   * @return the page
   */
  public Page<Organisation> search(DirectoryQuery query, Actor actor) {
    Validation.check(query, actor);
    return host.query(() -> register.search(query));
  }

  /**
   * The membership types that have organisations, in the form's order (the first list of the sign-up form).
   *
   * @return the types
   */
  public List<MembershipType> membershipTypes() {
    return host.query(() -> register.membershipTypes().stream().sorted().toList());
  }

  /**
   * The countries / Member States having organisations of a type (the form's second list).
   *
   * @param type the chosen type, or empty for all
   * @return ISO codes, sorted
   */
  public List<String> countries(Optional<MembershipType> type) {
    return host.query(() -> register.countries(type));
  }

  /**
   * One organisation.
   *
   * @param id the organisation
   * @return it
   * @throws NotFound when there is none
   */
  public Organisation get(OrganisationId id) {
    return host.query(() -> register.find(id)
        .orElseThrow(() -> new NotFound(AffiliationRefusals.ORGANISATION_NOT_FOUND, "no such organisation")));
  }

  /**
   * "What is my organisation's membership type?"
   *
   * @param id the organisation
   * @return its type
   */
  public MembershipType membershipTypeOf(OrganisationId id) {
    return get(id).membershipType();
  }

  /**
   * User-entered organisations waiting for the operator's review.
   *
   * @param actor the operator
   * @return them, oldest first
   */
  public List<Organisation> awaitingReview(Actor actor) {
    requireOperator(actor);
    return host.query(() -> register.inStatus(OrganisationStatus.UNVERIFIED));
  }

  /**
   * The operator adds a verified organisation, or updates the one with the command's id.
   *
   * @param command the record
   * @param actor the operator
   * @return the stored record and an {@link OrganisationEvent.Registered}
   */
  public Outcome<Organisation> register(RegisterOrganisation command, Actor actor) {
    Validation.check(command, actor);
    requireOperator(actor);
    return host.command(() -> upsert(command, actor));
  }

  /**
   * The operator imports a directory seed (see {@link DirectorySeed}) in one transaction: rows with a known id,
   * or the name and country of a verified record, update it; the others are added. A bad row rejects the whole
   * import.
   *
   * @param rows the rows
   * @param actor the operator
   * @return the stored records and their events
   */
  public Outcome<List<Organisation>> importSeed(List<RegisterOrganisation> rows, Actor actor) {
    rows.forEach(r -> Validation.check(r, actor));
    requireOperator(actor);
    return host.command(() -> {
      List<Organisation> stored = new ArrayList<>();
      List<DomainEvent> events = new ArrayList<>();
      for (RegisterOrganisation row : rows) {
        Outcome<Organisation> one = upsert(row, actor);
        stored.add(one.value());
        events.addAll(one.events());
      }
      LOG.info("directory seed imported: {} organisations", stored.size());
      return new Outcome<>(stored, events);
    });
  }

  private Outcome<Organisation> upsert(RegisterOrganisation c, Actor actor) {
    String name = c.name().strip();
    Optional<Organisation> existing = c.id().flatMap(register::find)
        .or(() -> register.findByName(NameKey.of(name), c.country()));
    Organisation.Builder b = Organisation.builder()
        .id(existing.map(Organisation::id).or(c::id).orElseGet(OrganisationId::random))
        .name(name).membershipType(c.membershipType()).country(c.country()).addAllSectors(c.sectors())
        .address(c.address()).website(c.website()).status(OrganisationStatus.VERIFIED)
        .version(existing.map(Organisation::version).orElse(0L));
    existing.flatMap(Organisation::enteredBy).ifPresent(b::enteredBy);
    Organisation saved = existing.isPresent() ? register.update(b.build()) : register.add(b.build());
    return Outcome.of(saved, new OrganisationEvent.Registered(host.clock().instant(), actor, saved.id(),
        saved.membershipType()));
  }

  /**
   * "Organisation not found? Enter your organisation data": a signed-in user adds a record, stored as unverified
   * and not a member until the operator reviews it. The user may then link to it.
   *
   * @param command the organisation's data
   * @param actor an account holder
   * @return the new record and an {@link OrganisationEvent.Entered}
   */
  public Outcome<Organisation> enter(EnterOrganisation command, Actor actor) {
    Validation.check(command, actor);
    if (!(actor instanceof Actor.AccountHolder holder)) {
      throw new NotAllowed(AffiliationRefusals.ACCOUNT_HOLDER_ONLY, "only a signed-in user enters an organisation");
    }
    AccountId account = holder.account();
    return host.command(() -> {
      Organisation saved = register.add(Organisation.builder()
          .id(OrganisationId.random()).name(command.name().strip()).membershipType(MembershipType.NOT_A_MEMBER)
          .country(command.country()).address(command.address()).website(command.website())
          .declaredMembershipType(command.declaredMembershipType()).status(OrganisationStatus.UNVERIFIED)
          .enteredBy(account).build());
      LOG.info("organisation {} entered by account {}", saved.id(), account);
      return Outcome.of(saved, new OrganisationEvent.Entered(host.clock().instant(), actor, saved.id()));
    });
  }

  /**
   * The operator approves a user-entered organisation as a record of the directory (still not a member).
   *
   * @param command the organisation
   * @param actor the operator
   * @return the verified record and an {@link OrganisationEvent.Approved}
   */
  public Outcome<Organisation> approve(ReviewOrganisation command, Actor actor) {
    return review(command, actor, Review.APPROVE);
  }

  /**
   * The operator rejects a user-entered organisation; links to it end.
   *
   * @param command the organisation and an optional reason
   * @param actor the operator
   * @return the rejected record and an {@link OrganisationEvent.Rejected}
   */
  public Outcome<Organisation> reject(ReviewOrganisation command, Actor actor) {
    return review(command, actor, Review.REJECT);
  }

  /**
   * The operator merges a user-entered organisation into an existing verified record; its affiliations follow.
   * Into a member organisation, whose affiliation needs its focal points' approval, the links become requests
   * they decide (and are told of, TIES focal point first), with no step by the user.
   *
   * @param command the organisation and {@link ReviewOrganisation#mergeInto()}
   * @param actor the operator
   * @return the merged record and an {@link OrganisationEvent.Merged}
   */
  public Outcome<Organisation> merge(ReviewOrganisation command, Actor actor) {
    return review(command, actor, Review.MERGE);
  }

  private Outcome<Organisation> review(ReviewOrganisation command, Actor actor, Review action) {
    Validation.check(command, actor);
    requireOperator(actor);
    OrganisationId id = command.organisation();
    return host.command(() -> {
      Organisation entered = register.find(id)
          .orElseThrow(() -> new NotFound(AffiliationRefusals.ORGANISATION_NOT_FOUND, "no such organisation"));
      if (entered.status() != OrganisationStatus.UNVERIFIED) {
        throw new IllegalTransition("organisation", entered.status(), action);
      }
      var now = host.clock().instant();
      switch (action) {
        case APPROVE -> {
          Organisation saved = register.update(entered.withStatus(OrganisationStatus.VERIFIED));
          return Outcome.of(saved, new OrganisationEvent.Approved(now, actor, id));
        }
        case REJECT -> {
          Organisation saved = register.update(entered.withStatus(OrganisationStatus.REJECTED));
          return Outcome.of(saved, new OrganisationEvent.Rejected(now, actor, id));
        }
        default -> {
          OrganisationId into = command.mergeInto()
              .orElseThrow(() -> new PreconditionFailed(AffiliationRefusals.MERGE_TARGET_REQUIRED, "merge into what?"));
          Organisation target = register.find(into)
              .orElseThrow(() -> new NotFound(AffiliationRefusals.ORGANISATION_NOT_FOUND, "no such organisation"));
          if (target.status() != OrganisationStatus.VERIFIED || into.equals(id)) {
            throw new PreconditionFailed(AffiliationRefusals.MERGE_TARGET_NOT_VERIFIED, "merge into a verified record");
          }
          Organisation saved = register.update(entered.withStatus(OrganisationStatus.MERGED).withMergedInto(into));
          LOG.info("organisation {} merged into {}", id, into);
          return Outcome.of(saved, new OrganisationEvent.Merged(now, actor, id, into));
        }
      }
    });
  }

  private static void requireOperator(Actor actor) {
    if (!(actor instanceof Actor.Operator)) {
      throw new NotAllowed(AffiliationRefusals.OPERATOR_ONLY, "only the operator maintains the directory");
    }
  }
}
