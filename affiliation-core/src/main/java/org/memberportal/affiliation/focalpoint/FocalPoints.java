/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.focalpoint;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apiguardian.api.API;
import org.memberportal.account.AccountStatus;
import org.memberportal.account.AccountSummary;
import org.memberportal.account.port.AccountDirectory;
import org.memberportal.affiliation.Letters;
import org.memberportal.affiliation.membership.AffiliationState;
import org.memberportal.affiliation.organisation.Organisation;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.affiliation.organisation.OrganisationStatus;
import org.memberportal.affiliation.port.AffiliationRegister;
import org.memberportal.affiliation.port.FocalPointRegister;
import org.memberportal.affiliation.port.OrganisationRegister;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.NotFound;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.PreconditionFailed;
import org.memberportal.kernel.Role;
import org.memberportal.kernel.Validation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Focal points (F8): who sits in each organisation's ITU and TIES seats, who may change them, and the roles an
 * actor holds in an organisation, always read afresh (F11).
 *
 * <p>The TIES seat changes hands in two steps (T4, ties-core's prepare and confirm): the module that runs them
 * takes the one {@link ConfirmedHandOver} hook ({@link #confirmedHandOver()}). The operator alone moves the seat
 * at once ({@link #handOverTies(HandOverTiesFocalPoint, Actor)}).
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class FocalPoints {

  private static final Logger LOG = LoggerFactory.getLogger(FocalPoints.class);

  private final Host host;
  private final AccountDirectory accounts;
  private final OrganisationRegister organisations;
  private final AffiliationRegister affiliations;
  private final FocalPointRegister seats;
  private final AtomicBoolean confirmedHandOverTaken = new AtomicBoolean();

  /**
   * Creates the service.
   *
   * @param host the shared host
   * @param accounts the account directory
   * @param organisations the organisations
   * @param affiliations the affiliations
   * @param seats the focal point seats
   */
  public FocalPoints(Host host, AccountDirectory accounts, OrganisationRegister organisations,
      AffiliationRegister affiliations, FocalPointRegister seats) {
    this.host = host;
    this.accounts = accounts;
    this.organisations = organisations;
    this.affiliations = affiliations;
    this.seats = seats;
  }

  /**
   * The operator appoints the ITU Focal Point (set or change) or, where the seat is vacant, the TIES Focal
   * Point. A TIES Focal Point must hold an approved affiliation with the organisation.
   *
   * @param command the organisation, seat and account
   * @param actor the operator
   * @return the new seats and a {@link FocalPointChanged}
   */
  public Outcome<FocalPointSeats> appoint(AppointFocalPoint command, Actor actor) {
    Validation.check(command, actor);
    if (!(actor instanceof Actor.Operator)) {
      throw new NotAllowed("affiliation.operator-only", "only the operator appoints focal points");
    }
    OrganisationId org = command.organisation();
    FocalPointRole seat = command.seat();
    AccountId account = command.account();
    return host.command(() -> {
      Organisation organisation = memberOrganisation(org);
      AccountSummary holder = activeAccount(account);
      FocalPointSeats current = seats.find(org).orElse(FocalPointSeats.vacant(org));
      if (current.holder(seat).filter(account::equals).isPresent()) {
        throw new Conflict("affiliation.focal-point-unchanged", "already in the seat");
      }
      if (seat == FocalPointRole.TIES) {
        if (current.ties().isPresent()) {
          throw new PreconditionFailed("affiliation.ties-focal-point-sitting",
              "the sitting TIES focal point hands the seat over");
        }
        requireApprovedAffiliation(account, org);
      }
      return change(current, seat, Optional.of(holder), FocalPointChange.APPOINTED_BY_OPERATOR, actor, organisation);
    });
  }

  /**
   * The operator hands the TIES seat to a successor at once (T4: the service desk's path). A focal point hands
   * the seat over in two steps, with the confirmation "your rights as TIES Focal Point will be lost" (ties-core's
   * {@code TiesFocalPoints.prepare} and {@code confirm}), so this refuses everyone but the operator. The successor
   * must hold an approved affiliation with the organisation and an active account; the former holder loses the
   * rights at once.
   *
   * @param command the organisation and the successor
   * @param actor the operator
   * @return the new seats and a {@link FocalPointChanged}
   * @throws NotAllowed {@code affiliation.hand-over-needs-confirmation} for anyone but the operator (since 0.2.0;
   *     in 0.1.0 the organisation's focal points could call it, which skipped the confirmation)
   */
  public Outcome<FocalPointSeats> handOverTies(HandOverTiesFocalPoint command, Actor actor) {
    Validation.check(command, actor);
    if (!(actor instanceof Actor.Operator)) {
      throw new NotAllowed("affiliation.hand-over-needs-confirmation",
          "a focal point hands the TIES seat over in two steps; only the operator moves it at once");
    }
    return handOver(command, actor);
  }

  /**
   * The hook of the confirmed hand-over (T4), for the module that runs the two steps (ties-core's
   * {@code TiesFocalPoints} takes it when built). Handed out once, so that no other caller moves the seat
   * without the confirmation.
   *
   * @return the hook
   * @throws IllegalStateException when it was handed out already: build the TIES module once per host
   * @since 0.2.0
   */
  @API(status = API.Status.STABLE, since = "0.2.0")
  public ConfirmedHandOver confirmedHandOver() {
    if (!confirmedHandOverTaken.compareAndSet(false, true)) {
      throw new IllegalStateException("the confirmed TIES hand-over hook was taken already: one TIES module per host");
    }
    return new ConfirmedHandOver(this);
  }

  /** The seat change itself, for the operator and for a confirmed hand-over. */
  Outcome<FocalPointSeats> handOver(HandOverTiesFocalPoint command, Actor actor) {
    Validation.check(command, actor);
    OrganisationId org = command.organisation();
    AccountId successor = command.successor();
    return host.command(() -> {
      Organisation organisation = organisations.find(org)
          .orElseThrow(() -> new NotFound("affiliation.organisation-not-found", "no such organisation"));
      // the actor's authority is judged on the very seats this command replaces: if a hand-over commits
      // meanwhile, the versioned save refuses this one (a second read could see the seats after it, and let a
      // former focal point hand over a seat that is no longer theirs)
      FocalPointSeats current = seats.find(org).orElse(FocalPointSeats.vacant(org));
      Set<Role> roles = rolesIn(actor, current);
      if (roles.stream().noneMatch(EnumSet.of(Role.TIES_FOCAL_POINT, Role.ITU_FOCAL_POINT, Role.OPERATOR)::contains)) {
        throw new NotAllowed("affiliation.not-a-focal-point", "only the organisation's focal points hand over");
      }
      if (current.ties().isEmpty()) {
        throw new PreconditionFailed("affiliation.no-ties-focal-point", "no sitting TIES focal point: appoint one");
      }
      if (current.ties().get().equals(successor)) {
        throw new Conflict("affiliation.focal-point-unchanged", "already in the seat");
      }
      AccountSummary holder = activeAccount(successor);
      requireApprovedAffiliation(successor, org);
      return change(current, FocalPointRole.TIES, Optional.of(holder), FocalPointChange.HANDED_OVER, actor,
          organisation);
    });
  }

  /**
   * The seats of an organisation as they stand now.
   *
   * @param organisation the organisation
   * @return its seats (vacant when never filled)
   */
  public FocalPointSeats seatsOf(OrganisationId organisation) {
    return host.query(() -> seats.find(organisation).orElse(FocalPointSeats.vacant(organisation)));
  }

  /**
   * The roles an actor holds towards an organisation, read afresh: the focal point seats of an account
   * holder, {@link Role#OPERATOR} for staff, {@link Role#SYSTEM} for the library, otherwise none.
   *
   * @param actor who acts
   * @param organisation the organisation
   * @return the roles
   */
  public Set<Role> rolesOf(Actor actor, OrganisationId organisation) {
    if (actor instanceof Actor.AccountHolder) {
      return host.query(() -> rolesIn(actor,
          seats.find(organisation).orElseGet(() -> FocalPointSeats.vacant(organisation))));
    }
    return rolesIn(actor, FocalPointSeats.vacant(organisation));
  }

  private static Set<Role> rolesIn(Actor actor, FocalPointSeats seats) {
    if (actor instanceof Actor.Operator) {
      return EnumSet.of(Role.OPERATOR);
    }
    if (actor instanceof Actor.System) {
      return EnumSet.of(Role.SYSTEM);
    }
    if (actor instanceof Actor.AccountHolder holder) {
      return seats.rolesOf(holder.account());
    }
    return EnumSet.noneOf(Role.class);
  }

  private Organisation memberOrganisation(OrganisationId org) {
    Organisation organisation = organisations.find(org)
        .orElseThrow(() -> new NotFound("affiliation.organisation-not-found", "no such organisation"));
    if (organisation.status() != OrganisationStatus.VERIFIED || !organisation.membershipType().member()) {
      throw new PreconditionFailed("affiliation.organisation-not-a-member", "only member organisations have focal points");
    }
    return organisation;
  }

  private AccountSummary activeAccount(AccountId account) {
    AccountSummary summary = accounts.find(account)
        .orElseThrow(() -> new NotFound("affiliation.account-not-found", "no such account"));
    if (!summary.active()) {
      throw new PreconditionFailed("affiliation.focal-point-account-not-active", "a focal point's account is active");
    }
    return summary;
  }

  private void requireApprovedAffiliation(AccountId account, OrganisationId org) {
    boolean affiliated = affiliations.ofAccount(account).stream()
        .anyMatch(a -> a.organisation().equals(org) && a.state() == AffiliationState.APPROVED);
    if (!affiliated) {
      throw new PreconditionFailed("affiliation.focal-point-not-affiliated",
          "a TIES focal point holds an approved affiliation with the organisation");
    }
  }

  private Outcome<FocalPointSeats> change(FocalPointSeats current, FocalPointRole seat, Optional<AccountSummary> next,
      FocalPointChange how, Actor actor, Organisation organisation) {
    Optional<AccountId> previous = current.holder(seat);
    FocalPointSeats saved = seats.save(current.with(seat, next.map(AccountSummary::id)));
    FocalPointChanged event = new FocalPointChanged(host.clock().instant(), actor, organisation.id(), seat, previous,
        next.map(AccountSummary::id), how);
    String cause = organisation.id() + ":" + seat + ":v" + saved.version();
    Map<String, String> parameters = Map.of("organisationName", organisation.name(), "seat", seat.name());
    next.ifPresent(a -> host.notify(Letters.to(a, "affiliation.focal-point-appointed", cause, parameters)));
    previous.flatMap(accounts::find).filter(a -> a.status() != AccountStatus.CLOSED)
        .ifPresent(a -> host.notify(Letters.to(a, "affiliation.focal-point-released", cause, parameters)));
    LOG.info("{} focal point of {} changed ({}) by {}", seat, organisation.id(), how, actor.getClass().getSimpleName());
    return Outcome.of(saved, event);
  }

  /**
   * Vacates the TIES seat held by an account whose affiliation the operator removed (T5); for the affiliation
   * workflow, inside its command.
   *
   * @param organisation the organisation
   * @param holder the account leaving the seat
   * @param actor the operator
   * @return the event, if the account sat in the seat
   */
  @API(status = API.Status.INTERNAL, since = "0.1.0")
  public Optional<FocalPointChanged> vacateTiesSeat(OrganisationId organisation, AccountId holder, Actor actor) {
    return seats.find(organisation).filter(s -> s.ties().filter(holder::equals).isPresent())
        .map(s -> event(vacate(s, FocalPointRole.TIES, FocalPointChange.CLEARED_WITH_AFFILIATION, actor)));
  }

  /**
   * Vacates every seat, ITU and TIES, in every organisation, held by an account the operator closed; for the
   * affiliation workflow, inside its command.
   *
   * @param holder the closed account
   * @param actor the operator
   * @return one event per vacated seat
   */
  @API(status = API.Status.INTERNAL, since = "0.1.0")
  public List<FocalPointChanged> vacateSeatsOf(AccountId holder, Actor actor) {
    List<FocalPointChanged> events = new ArrayList<>();
    for (FocalPointSeats held : seats.heldBy(holder)) {
      FocalPointSeats current = held;
      for (FocalPointRole seat : FocalPointRole.values()) {
        if (current.holder(seat).filter(holder::equals).isPresent()) {
          // the next seat of the same organisation is vacated on the seats just saved, at their new version
          Outcome<FocalPointSeats> vacated = vacate(current, seat, FocalPointChange.CLEARED_WITH_ACCOUNT, actor);
          events.add(event(vacated));
          current = vacated.value();
        }
      }
    }
    return events;
  }

  private Outcome<FocalPointSeats> vacate(FocalPointSeats current, FocalPointRole seat, FocalPointChange how,
      Actor actor) {
    Organisation org = organisations.find(current.organisation())
        .orElseThrow(() -> new NotFound("affiliation.organisation-not-found", "no such organisation"));
    return change(current, seat, Optional.empty(), how, actor, org);
  }

  /** The one event {@link #change} records. */
  private static FocalPointChanged event(Outcome<FocalPointSeats> changed) {
    return (FocalPointChanged) changed.events().get(0);
  }
}
