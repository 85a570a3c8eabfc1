/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.membership;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.memberportal.account.AccountEvent;
import org.memberportal.account.AccountEvent.EmailVerified;
import org.memberportal.account.port.AccountDirectory;
import org.memberportal.affiliation.AffiliationRefusals;
import org.memberportal.affiliation.focalpoint.FocalPoints;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.affiliation.organisation.OrganisationEvent;
import org.memberportal.affiliation.policy.AffiliationPolicies;
import org.memberportal.affiliation.port.AffiliationRegister;
import org.memberportal.affiliation.port.FocalPointRegister;
import org.memberportal.affiliation.port.OrganisationRegister;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.Outcome;

/**
 * The affiliation workflow (F3-F5, F9): requests, focal point decisions, withdrawal, removal and leaving, on
 * the table {@link AffiliationWorkflow#TABLE}. Focal points are read afresh on every command (F11). A façade over
 * the use cases of this package: {@code Requesting}, {@code Deciding} and {@link Ending}, with
 * {@link Submitting} (a request goes to its focal points) and {@link RequestLetters}; the reactions to other
 * events are the policies of {@code org.memberportal.affiliation.policy}.
 *
 * <p>Notifications: {@code affiliation.requested} to the TIES Focal Point only (the ITU Focal Point when the
 * seat is vacant), {@code affiliation.approved}, {@code affiliation.rejected} and {@code affiliation.removed} to
 * the user; every model carries {@code organisationName} and {@code requesterName}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class Affiliations {

  private final AffiliationParts parts;
  private final Runnable policies;
  private final Requesting requesting;
  private final Deciding deciding;
  private final Ending ending;

  /**
   * Creates the service. The module's policies are wired apart, once per host ({@link AffiliationPolicies}).
   *
   * @param host the shared host
   * @param accounts the account directory
   * @param organisations the organisations
   * @param affiliations the affiliations
   * @param seats the focal point seats (read through {@code focalPoints} since 0.2.0)
   * @param focalPoints the focal point service (for clearing a seat on operator removal)
   */
  public Affiliations(Host host, AccountDirectory accounts, OrganisationRegister organisations,
      AffiliationRegister affiliations, FocalPointRegister seats, FocalPoints focalPoints) {
    this.parts = AffiliationParts.of(host, accounts, organisations, affiliations, focalPoints);
    this.policies = () -> AffiliationPolicies.wire(host, accounts, organisations, affiliations, focalPoints);
    this.ending = new Ending(parts);
    this.requesting = new Requesting(parts, new Submitting(parts), ending);
    this.deciding = new Deciding(parts, ending);
  }

  /**
   * Subscribes the module's policies on the host's event bus ({@link EmailVerified},
   * {@link AccountEvent.SignUpExpired}, {@link AccountEvent.Closed}, {@link OrganisationEvent.Merged},
   * {@link OrganisationEvent.Rejected}). Call once per host.
   *
   * @deprecated since 0.2.0: {@code AffiliationModule} wires the policies ({@link AffiliationPolicies#wire}); a
   *     host that builds the services by hand calls that instead
   */
  @Deprecated(since = "0.2.0")
  public void subscribe() {
    policies.run();
  }

  /**
   * An account holder asks to be affiliated with an organisation. A member organisation's request goes to its
   * focal points at once when the email is verified, otherwise when it is; a non-member organisation is linked
   * at once, without member rights. A link replaces the current affiliation.
   *
   * @param command the account, organisation and TIES tick
   * @param actor the account holder
   * @return the new affiliation and its events
   */
  public Outcome<Affiliation> request(RequestAffiliation command, Actor actor) {
    return requesting.request(command, actor);
  }

  /**
   * A focal point of the organisation approves a pending request (F4); the account's current affiliation, if
   * any, ends (replaced). The user is notified. Nobody decides their own request; the operator decides a
   * request that no focal point of the organisation can (no seat filled but by the requester), audited by the
   * event's actor.
   *
   * @param command the request and an optional reason
   * @param actor the TIES or ITU Focal Point of the organisation; the operator when neither may decide
   * @return the approved affiliation and its events, among them {@link AffiliationEvent.Approved}
   * @throws NotAllowed {@code affiliation.focal-point-decides} when the operator decides a request a focal
   *     point can decide
   */
  public Outcome<Affiliation> approve(DecideAffiliation command, Actor actor) {
    return deciding.decide(command, actor, AffiliationAction.APPROVE);
  }

  /**
   * A focal point of the organisation rejects a pending request (F4). The user is notified. The operator
   * decides only a request no focal point of the organisation can decide, as for {@link #approve}.
   *
   * @param command the request and an optional reason
   * @param actor the TIES or ITU Focal Point of the organisation; the operator when neither may decide
   * @return the rejected affiliation and its event
   */
  public Outcome<Affiliation> reject(DecideAffiliation command, Actor actor) {
    return deciding.decide(command, actor, AffiliationAction.REJECT);
  }

  /**
   * The requester withdraws their request before a decision.
   *
   * @param command the request
   * @param actor the requester
   * @return the cancelled affiliation and its event
   */
  public Outcome<Affiliation> withdraw(WithdrawRequest command, Actor actor) {
    return ending.withdraw(command, actor);
  }

  /**
   * A focal point of the organisation, or the operator, removes an affiliation (F5); the user is notified. The
   * sitting TIES Focal Point's affiliation can only be removed by the operator, which also vacates the seat
   * (T5).
   *
   * @param command the affiliation and an optional reason
   * @param actor a focal point of the organisation, or the operator
   * @return the removed affiliation and its events
   */
  public Outcome<Affiliation> remove(RemoveAffiliation command, Actor actor) {
    return ending.remove(command, actor);
  }

  /**
   * The user leaves the organisation (F5). The sitting TIES Focal Point hands the seat over first (T5).
   *
   * @param command the affiliation
   * @param actor the affiliated user
   * @return the ended affiliation and its event
   */
  public Outcome<Affiliation> leave(LeaveOrganisation command, Actor actor) {
    return ending.leave(command, actor);
  }

  /**
   * "May this account represent this organisation?" (F9): yes only with an approved affiliation.
   *
   * @param account the account
   * @param organisation the organisation
   * @param actor the account holder, a focal point of the organisation, the operator or the system
   * @return true when the account's approved affiliation is with this organisation
   */
  public boolean mayRepresent(AccountId account, OrganisationId organisation, Actor actor) {
    return parts.host().query(() -> {
      boolean self = actor.holds(account);
      if (!self && parts.focalPoints().rolesOf(actor, organisation).isEmpty()) {
        throw new NotAllowed(AffiliationRefusals.NOT_ALLOWED,
            "may-represent is asked by the holder, a focal point or staff");
      }
      return approvedAffiliationOf(account).filter(a -> a.organisation().equals(organisation)).isPresent();
    });
  }

  /**
   * The account's approved (member) affiliation, for other modules' rules (TIES: T1) inside their commands.
   *
   * @param account the account
   * @return the approved affiliation, if any
   */
  public Optional<Affiliation> approvedAffiliationOf(AccountId account) {
    return parts.host().query(() -> parts.affiliations().ofAccount(account).stream()
        .filter(a -> a.state() == AffiliationState.APPROVED).findFirst());
  }

  /**
   * An account's affiliations and requests, newest first (for "My Requests", T6).
   *
   * @param account the account
   * @param actor the account holder or the operator
   * @return the affiliations
   */
  public List<Affiliation> historyOf(AccountId account, Actor actor) {
    boolean self = actor.holds(account);
    if (!self && !(actor instanceof Actor.Operator) && !(actor instanceof Actor.System)) {
      throw new NotAllowed(AffiliationRefusals.NOT_ALLOWED, "only the holder and staff see an account's affiliations");
    }
    return parts.host().query(() -> parts.affiliations().ofAccount(account));
  }

  /**
   * One affiliation, for its requester, the organisation's focal points and the operator.
   *
   * @param id the affiliation
   * @param actor who asks
   * @return the affiliation
   */
  public Affiliation get(AffiliationId id, Actor actor) {
    return parts.host().query(() -> {
      Affiliation a = parts.lookups().affiliation(id);
      if (parts.lookups().roles(actor, a).isEmpty()) {
        throw new NotAllowed(AffiliationRefusals.NOT_ALLOWED, "not the requester, a focal point or staff");
      }
      return a;
    });
  }
}
