/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.focalpoint;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apiguardian.api.API;
import org.memberportal.account.port.AccountDirectory;
import org.memberportal.affiliation.AffiliationRefusals;
import org.memberportal.affiliation.AffiliationRole;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.affiliation.port.AffiliationRegister;
import org.memberportal.affiliation.port.FocalPointRegister;
import org.memberportal.affiliation.port.OrganisationRegister;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.Validation;

/**
 * Focal points (F8): who sits in each organisation's ITU and TIES seats, who may change them, and the roles an
 * actor holds in an organisation, always read afresh (F11). A façade over the use cases of this package:
 * {@code Appointing}, {@code HandingOver} and {@code ChangingSeats} (the seat write itself, with its event and
 * letters); what a seat's holder needs is {@code SeatRules}.
 *
 * <p>The TIES seat changes hands in two steps (T4, ties-core's prepare and confirm): the module that runs them
 * takes the one {@link ConfirmedHandOver} hook ({@link #confirmedHandOver(TiesSeatEligibility)}), and with it
 * gives the one rule for who may take the seat. The operator alone moves the seat at once
 * ({@link #handOverTies(HandOverTiesFocalPoint, Actor)}), under the same rule.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class FocalPoints {

  private final Host host;
  private final FocalPointRegister seats;
  private final Appointing appointing;
  private final HandingOver handingOver;
  private final ChangingSeats changing;
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
    this.seats = seats;
    SeatRules rules = new SeatRules(accounts, organisations, affiliations);
    this.changing = new ChangingSeats(host, accounts, seats, rules);
    this.appointing = new Appointing(host, seats, rules, changing);
    this.handingOver = new HandingOver(host, seats, rules, changing);
  }

  /**
   * The operator appoints the ITU Focal Point (set or change) or, where the seat is vacant, the TIES Focal
   * Point. A TIES Focal Point must hold an approved affiliation with the organisation.
   *
   * @param command the organisation, seat and account
   * @param actor the operator
   * @return the new seats and a {@link FocalPointEvent.Changed}
   */
  public Outcome<FocalPointSeats> appoint(AppointFocalPoint command, Actor actor) {
    return appointing.appoint(command, actor);
  }

  /**
   * The operator hands the TIES seat to a successor at once (T4: the service desk's path). A focal point hands
   * the seat over in two steps, with the confirmation "your rights as TIES Focal Point will be lost" (ties-core's
   * {@code TiesFocalPoints.prepare} and {@code confirm}), so this refuses everyone but the operator. The successor
   * must hold an approved affiliation with the organisation and an active account, and meet the
   * {@link TiesSeatEligibility} of the TIES module; the former holder loses the rights at once.
   *
   * @param command the organisation and the successor
   * @param actor the operator
   * @return the new seats and a {@link FocalPointEvent.Changed}
   * @throws NotAllowed {@code affiliation.hand-over-needs-confirmation} for anyone but the operator (since 0.2.0;
   *     in 0.1.0 the organisation's focal points could call it, which skipped the confirmation)
   */
  public Outcome<FocalPointSeats> handOverTies(HandOverTiesFocalPoint command, Actor actor) {
    Validation.check(command, actor);
    if (!(actor instanceof Actor.Operator)) {
      throw new NotAllowed(AffiliationRefusals.HAND_OVER_NEEDS_CONFIRMATION,
          "a focal point hands the TIES seat over in two steps; only the operator moves it at once");
    }
    return handingOver.handOver(command, actor);
  }

  /**
   * The hook of the confirmed hand-over (T4), for a module that runs the two steps but adds no rule for who may
   * take the TIES seat: {@link #confirmedHandOver(TiesSeatEligibility)} with
   * {@link TiesSeatEligibility#affiliationSuffices()}.
   *
   * @return the hook
   * @throws IllegalStateException when it was handed out already
   * @since 0.2.0
   */
  @API(status = API.Status.STABLE, since = "0.2.0")
  public ConfirmedHandOver confirmedHandOver() {
    return confirmedHandOver(TiesSeatEligibility.affiliationSuffices());
  }

  /**
   * The hook of the confirmed hand-over (T4), for the module that runs the two steps (ties-core's
   * {@code TiesFocalPoints} takes it when built), which gives with it the one rule for who may take the TIES seat:
   * from then on every hand-over, the operator's included, refuses a successor the rule refuses, before the seat
   * changes. Handed out once, so that no other caller moves the seat without the confirmation.
   *
   * @param eligibility who may take the TIES seat beyond an approved affiliation and an active account
   * @return the hook
   * @throws IllegalStateException when it was handed out already: build the TIES module once per host
   * @since 0.2.0
   */
  @API(status = API.Status.INTERNAL, since = "0.2.0")
  public ConfirmedHandOver confirmedHandOver(TiesSeatEligibility eligibility) {
    if (!confirmedHandOverTaken.compareAndSet(false, true)) {
      throw new IllegalStateException("the confirmed TIES hand-over hook was taken already: one TIES module per host");
    }
    handingOver.receive(eligibility);
    return new ConfirmedHandOver(handingOver);
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
   * holder, {@link AffiliationRole#OPERATOR} for staff, {@link AffiliationRole#SYSTEM} for the library, otherwise none.
   *
   * @param actor who acts
   * @param organisation the organisation
   * @return the roles
   */
  public Set<AffiliationRole> rolesOf(Actor actor, OrganisationId organisation) {
    if (actor instanceof Actor.AccountHolder) {
      return seatsOf(organisation).rolesOf(actor);
    }
    return FocalPointSeats.vacant(organisation).rolesOf(actor);
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
  public Optional<FocalPointEvent.Changed> vacateTiesSeat(OrganisationId organisation, AccountId holder, Actor actor) {
    return changing.vacateTiesSeat(organisation, holder, actor);
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
  public List<FocalPointEvent.Changed> vacateSeatsOf(AccountId holder, Actor actor) {
    return changing.vacateSeatsOf(holder, actor);
  }
}
