/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.access;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.memberportal.account.port.AccountDirectory;
import org.memberportal.affiliation.focalpoint.FocalPointEvent;
import org.memberportal.affiliation.focalpoint.FocalPoints;
import org.memberportal.affiliation.membership.AffiliationEvent;
import org.memberportal.affiliation.membership.Affiliations;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.affiliation.organisation.Organisations;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.PreconditionFailed;
import org.memberportal.ties.TiesRefusals;
import org.memberportal.ties.policy.TiesPolicies;
import org.memberportal.ties.port.TiesAccountRegister;

/**
 * The TIES access workflow (T1-T3, T5, T7) on {@link TiesWorkflow#TABLE}: requests, decisions, assignment,
 * removal. Focal points are read afresh on every command. A façade over the use cases of this package:
 * {@link Requesting}, {@code Deciding}, {@link Granting} and {@link Ending}, with {@link Entitlement} (T1: who may
 * hold TIES access) and {@link TiesLetters}; the reactions to other events (the sign-up tick, the lapse when an
 * affiliation ends) are the policies of {@code org.memberportal.ties.policy}.
 *
 * <p>Notifications: {@code ties.requested} to the organisation's TIES Focal Point only (its ITU Focal Point when
 * the seat is vacant); {@code ties.approved}, {@code ties.rejected}, {@code ties.assigned}, {@code ties.removed}
 * and {@code ties.lapsed} to the user. Every model carries {@code organisationName} and {@code userName}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class TiesAccess {

  private final TiesParts parts;
  private final Runnable policies;
  private final Requesting requesting;
  private final Deciding deciding;
  private final Granting granting;
  private final Ending ending;

  /**
   * Creates the service. The module's policies are wired apart, once per host ({@link TiesPolicies}).
   *
   * @param host the shared host
   * @param accounts the account directory
   * @param affiliations the affiliation service
   * @param organisations the organisations directory
   * @param focalPoints the focal point service
   * @param register the accounts' TIES access
   */
  public TiesAccess(Host host, AccountDirectory accounts, Affiliations affiliations, Organisations organisations,
      FocalPoints focalPoints, TiesAccountRegister register) {
    this.parts = TiesParts.of(host, accounts, affiliations, organisations, focalPoints, register);
    this.policies = () -> TiesPolicies.wire(host, accounts, affiliations, organisations, focalPoints, register);
    this.requesting = new Requesting(parts);
    this.deciding = new Deciding(parts);
    this.granting = new Granting(parts);
    this.ending = new Ending(parts);
  }

  /**
   * Subscribes the module's policies on the host's event bus ({@link AffiliationEvent.Approved},
   * {@link AffiliationEvent.Ended}, {@link AffiliationEvent.Moved}, {@link FocalPointEvent.Changed}). Call once per host.
   *
   * @deprecated since 0.2.0: {@code TiesModule} wires the policies ({@link TiesPolicies#wire}); a host that builds
   *     the services by hand calls that instead
   */
  @Deprecated(since = "0.2.0")
  public void subscribe() {
    policies.run();
  }

  /**
   * The account holder asks for TIES access (T1): only with an active account and an approved affiliation to a
   * member organisation. The organisation's TIES Focal Point is notified (its ITU Focal Point when none).
   *
   * @param command the account
   * @param actor the account holder
   * @return the TIES access, requested, and a {@link TiesAccessEvent.Requested}
   * @throws PreconditionFailed {@code ties.account-not-active}, {@code ties.no-approved-affiliation} or
   *     {@code ties.organisation-not-a-member}
   */
  public Outcome<TiesAccount> request(RequestTiesAccess command, Actor actor) {
    return requesting.request(command, actor);
  }

  /**
   * A focal point of the user's organisation grants a TIES request (T2); the user is notified. Nobody decides
   * their own request; the operator decides, audited by the event's actor, a request that no focal point of the
   * organisation can decide (no seat filled but by the requester), and only such a request.
   *
   * @param command the account, an optional reason and the version seen
   * @param actor the TIES or ITU Focal Point of the organisation; the operator when neither may decide
   * @return the TIES access, active, and a {@link TiesAccessEvent.Approved}
   */
  public Outcome<TiesAccount> approve(DecideTiesRequest command, Actor actor) {
    return deciding.decide(command, actor, TiesAction.APPROVE);
  }

  /**
   * A focal point of the user's organisation turns a TIES request down (T2); the user is notified. The operator
   * decides only a request no focal point of the organisation can decide, as for {@link #approve}.
   *
   * @param command the account, an optional reason and the version seen
   * @param actor the TIES or ITU Focal Point of the organisation; the operator when neither may decide
   * @return the TIES access, rejected, and a {@link TiesAccessEvent.Rejected}
   */
  public Outcome<TiesAccount> reject(DecideTiesRequest command, Actor actor) {
    return deciding.decide(command, actor, TiesAction.REJECT);
  }

  /**
   * The user withdraws their TIES request before a decision.
   *
   * @param command the account
   * @param actor the account holder
   * @return the TIES access, cancelled, and a {@link TiesAccessEvent.RequestCancelled}
   */
  public Outcome<TiesAccount> cancel(CancelTiesRequest command, Actor actor) {
    return ending.cancel(command, actor);
  }

  /**
   * A focal point grants TIES access directly to a user with an approved affiliation to their organisation, or
   * re-activates access that was removed, lapsed or rejected (T3); the user is notified.
   *
   * @param command the account
   * @param actor the TIES or ITU Focal Point of the user's organisation
   * @return the TIES access, active, and a {@link TiesAccessEvent.Assigned}
   * @throws PreconditionFailed {@code ties.account-not-active}, {@code ties.no-approved-affiliation} or
   *     {@code ties.organisation-not-a-member}
   */
  public Outcome<TiesAccount> assign(AssignTiesAccess command, Actor actor) {
    return granting.assign(command, actor);
  }

  /**
   * A focal point of the user's organisation, or the operator, removes the user's TIES access (T3); the user is
   * notified. The sitting TIES Focal Point keeps TIES access until the seat is handed over, except when the
   * operator removes it, which also vacates the seat (T5).
   *
   * @param command the account and an optional reason
   * @param actor a focal point of the organisation, or the operator
   * @return the TIES access, removed, and its events ({@link TiesAccessEvent.Removed}, and the seat's change if any)
   * @throws PreconditionFailed {@code ties.focal-point-must-hand-over} when a focal point removes the sitting
   *     TIES Focal Point's access
   */
  public Outcome<TiesAccount> remove(RemoveTiesAccess command, Actor actor) {
    return ending.remove(command, actor);
  }

  /**
   * "Is TIES active for this account?" (T7), answered from the register's index in constant time; drives the
   * "TIES Settings" menu.
   *
   * @param account the account
   * @param actor the account holder, the operator or the system
   * @return true when the account holds active TIES access
   */
  public boolean isActive(AccountId account, Actor actor) {
    boolean self = actor.holds(account);
    if (!self && !(actor instanceof Actor.Operator) && !(actor instanceof Actor.System)) {
      throw new NotAllowed(TiesRefusals.NOT_ALLOWED, "only the holder and staff ask whether TIES is active");
    }
    return parts.host().query(() -> parts.register().isActive(account));
  }

  /**
   * An account's TIES access, for the holder, the focal points of its organisation and the operator.
   *
   * @param account the account
   * @param actor who asks
   * @return the TIES access, or empty when the account never had any
   */
  public Optional<TiesAccount> of(AccountId account, Actor actor) {
    return parts.host().query(() -> {
      Optional<TiesAccount> t = parts.register().find(account);
      boolean self = actor.holds(account);
      boolean related = t.map(x -> !parts.focalPoints().rolesOf(actor, x.organisation()).isEmpty()).orElse(false);
      if (!self && !related && !(actor instanceof Actor.Operator)) {
        throw new NotAllowed(TiesRefusals.NOT_ALLOWED, "not the holder, a focal point of the organisation or staff");
      }
      return t;
    });
  }

  /**
   * The TIES access resting on an organisation in the given states, e.g. the requests awaiting its focal points.
   *
   * @param organisation the organisation
   * @param states the states wanted
   * @param actor a focal point of the organisation, or the operator
   * @return them
   */
  public List<TiesAccount> inOrganisation(OrganisationId organisation, Set<TiesState> states, Actor actor) {
    return parts.host().query(() -> {
      if (parts.focalPoints().rolesOf(actor, organisation).isEmpty()) {
        throw new NotAllowed(TiesRefusals.NOT_ALLOWED,
            "only the organisation's focal points and staff list its TIES users");
      }
      return parts.register().inOrganisation(organisation, states);
    });
  }
}
