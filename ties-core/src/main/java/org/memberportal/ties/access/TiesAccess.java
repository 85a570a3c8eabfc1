/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.access;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.memberportal.account.AccountSummary;
import org.memberportal.account.port.AccountDirectory;
import org.memberportal.affiliation.focalpoint.FocalPointChange;
import org.memberportal.affiliation.focalpoint.FocalPointChanged;
import org.memberportal.affiliation.focalpoint.FocalPointRole;
import org.memberportal.affiliation.focalpoint.FocalPointSeats;
import org.memberportal.affiliation.focalpoint.FocalPoints;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.AffiliationApproved;
import org.memberportal.affiliation.membership.AffiliationEnded;
import org.memberportal.affiliation.membership.AffiliationId;
import org.memberportal.affiliation.membership.AffiliationMoved;
import org.memberportal.affiliation.membership.EndCause;
import org.memberportal.affiliation.membership.Affiliations;
import org.memberportal.affiliation.organisation.Organisation;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.affiliation.organisation.Organisations;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.NotFound;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.PreconditionFailed;
import org.memberportal.kernel.Role;
import org.memberportal.kernel.Validation;
import org.memberportal.ties.Letters;
import org.memberportal.ties.port.TiesAccountRegister;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The TIES access workflow (T1-T3, T5, T7) on {@link TiesWorkflow#TABLE}: requests, decisions, assignment,
 * removal, and the policies that file the sign-up tick and lapse access when its affiliation ends. Focal points
 * are read afresh on every command.
 *
 * <p>Notifications: {@code ties.requested} to the organisation's TIES Focal Point only (its ITU Focal Point when
 * the seat is vacant); {@code ties.approved}, {@code ties.rejected}, {@code ties.assigned}, {@code ties.removed}
 * and {@code ties.lapsed} to the user. Every model carries {@code organisationName} and {@code userName}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class TiesAccess {

  private static final Logger LOG = LoggerFactory.getLogger(TiesAccess.class);
  private static final Set<Role> FOCAL_POINT = EnumSet.of(Role.TIES_FOCAL_POINT, Role.ITU_FOCAL_POINT);
  private static final Set<TiesState> LIVE = EnumSet.of(TiesState.REQUESTED, TiesState.ACTIVE);

  private final Host host;
  private final AccountDirectory accounts;
  private final Affiliations affiliations;
  private final Organisations organisations;
  private final FocalPoints focalPoints;
  private final TiesAccountRegister register;

  /**
   * Creates the service; {@link #subscribe()} then makes it react to affiliation and focal point events.
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
    this.host = host;
    this.accounts = accounts;
    this.affiliations = affiliations;
    this.organisations = organisations;
    this.focalPoints = focalPoints;
    this.register = register;
  }

  /**
   * Subscribes the module's policies on the host's event bus, so that they run in the transaction of the command
   * that caused them: the sign-up tick is filed when the affiliation is approved ({@link AffiliationApproved});
   * access lapses when its affiliation ends ({@link AffiliationEnded}) and follows a merged organisation
   * ({@link AffiliationMoved}); a TIES focal point appointed by the operator gets TIES access, and a hand-over
   * to someone without it is refused ({@link FocalPointChanged}). Call once per host.
   */
  public void subscribe() {
    host.events().subscribe(AffiliationEnded.class, this::onAffiliationEnded);
    host.events().subscribe(AffiliationApproved.class, this::onAffiliationApproved);
    host.events().subscribe(AffiliationMoved.class, this::onAffiliationMoved);
    host.events().subscribe(FocalPointChanged.class, this::onFocalPointChanged);
  }

  /**
   * The account holder asks for TIES access (T1): only with an active account and an approved affiliation to a
   * member organisation. The organisation's TIES Focal Point is notified (its ITU Focal Point when none).
   *
   * @param command the account
   * @param actor the account holder
   * @return the TIES access, requested, and a {@link TiesAccessRequested}
   * @throws PreconditionFailed {@code ties.account-not-active}, {@code ties.no-approved-affiliation} or
   *     {@code ties.organisation-not-a-member}
   */
  public Outcome<TiesAccount> request(RequestTiesAccess command, Actor actor) {
    Validation.check(command, actor);
    AccountId account = command.account();
    if (!(actor instanceof Actor.AccountHolder holder) || !holder.account().equals(account)) {
      throw new NotAllowed("ties.not-the-account-holder", "only the account holder asks for TIES access");
    }
    return host.command(() -> {
      AccountSummary user = activeAccount(account);
      Affiliation affiliation = memberAffiliation(account);
      Optional<TiesAccount> existing = register.find(account);
      TiesWorkflow.TABLE.next(stateOf(existing), TiesAction.REQUEST, EnumSet.of(Role.OWNER));
      return file(existing, affiliation.organisation(), affiliation.id(), user, TiesOrigin.USER_REQUEST, actor,
          Optional.empty());
    });
  }

  /**
   * A focal point of the user's organisation grants a TIES request (T2); the user is notified. Nobody decides
   * their own request; the operator decides, audited by the event's actor, a request that no focal point of the
   * organisation can decide (no seat filled but by the requester), and only such a request.
   *
   * @param command the account, an optional reason and the version seen
   * @param actor the TIES or ITU Focal Point of the organisation; the operator when neither may decide
   * @return the TIES access, active, and a {@link TiesAccessApproved}
   */
  public Outcome<TiesAccount> approve(DecideTiesRequest command, Actor actor) {
    return decide(command, actor, TiesAction.APPROVE);
  }

  /**
   * A focal point of the user's organisation turns a TIES request down (T2); the user is notified. The operator
   * decides only a request no focal point of the organisation can decide, as for {@link #approve}.
   *
   * @param command the account, an optional reason and the version seen
   * @param actor the TIES or ITU Focal Point of the organisation; the operator when neither may decide
   * @return the TIES access, rejected, and a {@link TiesAccessRejected}
   */
  public Outcome<TiesAccount> reject(DecideTiesRequest command, Actor actor) {
    return decide(command, actor, TiesAction.REJECT);
  }

  /**
   * The user withdraws their TIES request before a decision.
   *
   * @param command the account
   * @param actor the account holder
   * @return the TIES access, cancelled, and a {@link TiesRequestCancelled}
   */
  public Outcome<TiesAccount> cancel(CancelTiesRequest command, Actor actor) {
    Validation.check(command, actor);
    requireMayEver(TiesAction.CANCEL, actor);
    return host.command(() -> {
      TiesAccount t = load(command.account());
      Set<Role> roles = roles(actor, t.account(), t.organisation());
      TiesState next = TiesWorkflow.TABLE.next(t.state(), TiesAction.CANCEL, roles);
      Instant now = host.clock().instant();
      TiesAccount saved = register.save(move(t, next, Optional.empty(), Optional.of(now), t.decidedBy(), now));
      LOG.info("TIES request of account {} cancelled", t.account());
      return Outcome.of(saved, new TiesRequestCancelled(now, actor, t.account(), t.organisation()));
    });
  }

  /**
   * A focal point grants TIES access directly to a user with an approved affiliation to their organisation, or
   * re-activates access that was removed, lapsed or rejected (T3); the user is notified.
   *
   * @param command the account
   * @param actor the TIES or ITU Focal Point of the user's organisation
   * @return the TIES access, active, and a {@link TiesAccessAssigned}
   * @throws PreconditionFailed {@code ties.account-not-active}, {@code ties.no-approved-affiliation} or
   *     {@code ties.organisation-not-a-member}
   */
  public Outcome<TiesAccount> assign(AssignTiesAccess command, Actor actor) {
    Validation.check(command, actor);
    requireMayEver(TiesAction.ASSIGN, actor);
    return host.command(() -> {
      AccountId account = command.account();
      Affiliation affiliation = memberAffiliation(account);
      Set<Role> roles = roles(actor, account, affiliation.organisation());
      if (roles.contains(Role.OWNER)) {
        // nobody grants themselves TIES access, even a focal point
        roles.removeAll(FOCAL_POINT);
      }
      Optional<TiesAccount> existing = register.find(account);
      TiesWorkflow.TABLE.next(stateOf(existing), TiesAction.ASSIGN, roles);
      AccountSummary user = activeAccount(account);
      return grant(existing, affiliation.organisation(), affiliation.id(), user, TiesOrigin.FOCAL_POINT_ASSIGNMENT,
          actor, actor instanceof Actor.AccountHolder holder ? Optional.of(holder.account()) : Optional.empty());
    });
  }

  /**
   * A focal point of the user's organisation, or the operator, removes the user's TIES access (T3); the user is
   * notified. The sitting TIES Focal Point keeps TIES access until the seat is handed over, except when the
   * operator removes it, which also vacates the seat (T5).
   *
   * @param command the account and an optional reason
   * @param actor a focal point of the organisation, or the operator
   * @return the TIES access, removed, and its events ({@link TiesAccessRemoved}, and the seat's change if any)
   * @throws PreconditionFailed {@code ties.focal-point-must-hand-over} when a focal point removes the sitting
   *     TIES Focal Point's access
   */
  public Outcome<TiesAccount> remove(RemoveTiesAccess command, Actor actor) {
    Validation.check(command, actor);
    requireMayEver(TiesAction.REMOVE, actor);
    return host.command(() -> {
      TiesAccount t = load(command.account());
      Set<Role> roles = roles(actor, t.account(), t.organisation());
      TiesState next = TiesWorkflow.TABLE.next(t.state(), TiesAction.REMOVE, roles);
      boolean byOperator = roles.contains(Role.OPERATOR);
      List<DomainEvent> events = new ArrayList<>();
      if (sitsInTiesSeat(t.account(), t.organisation())) {
        if (!byOperator) {
          throw new PreconditionFailed("ties.focal-point-must-hand-over",
              "the sitting TIES focal point keeps TIES access until the seat is handed over");
        }
        focalPoints.vacateTiesSeat(t.organisation(), t.account(), actor).ifPresent(events::add);
      }
      Instant now = host.clock().instant();
      Optional<AccountId> decider = actor instanceof Actor.AccountHolder h
          ? Optional.of(h.account())
          : Optional.empty();
      TiesAccount saved = register.save(move(t, next, Optional.empty(), Optional.of(now), decider, now));
      events.add(new TiesAccessRemoved(now, actor, t.account(), t.organisation(), byOperator));
      tellUser(saved, "ties.removed", command.reason());
      LOG.info("TIES access of account {} removed ({})", t.account(), byOperator ? "operator" : "focal point");
      return new Outcome<>(saved, events);
    });
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
    boolean self = actor instanceof Actor.AccountHolder h && h.account().equals(account);
    if (!self && !(actor instanceof Actor.Operator) && !(actor instanceof Actor.System)) {
      throw new NotAllowed("ties.not-allowed", "only the holder and staff ask whether TIES is active");
    }
    return host.query(() -> register.isActive(account));
  }

  /**
   * An account's TIES access, for the holder, the focal points of its organisation and the operator.
   *
   * @param account the account
   * @param actor who asks
   * @return the TIES access, or empty when the account never had any
   */
  public Optional<TiesAccount> of(AccountId account, Actor actor) {
    return host.query(() -> {
      Optional<TiesAccount> t = register.find(account);
      boolean self = actor instanceof Actor.AccountHolder h && h.account().equals(account);
      boolean related = t.map(x -> !focalPoints.rolesOf(actor, x.organisation()).isEmpty()).orElse(false);
      if (!self && !related && !(actor instanceof Actor.Operator)) {
        throw new NotAllowed("ties.not-allowed", "not the holder, a focal point of the organisation or staff");
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
    return host.query(() -> {
      if (focalPoints.rolesOf(actor, organisation).isEmpty()) {
        throw new NotAllowed("ties.not-allowed", "only the organisation's focal points and staff list its TIES users");
      }
      return register.inOrganisation(organisation, states);
    });
  }

  private Outcome<TiesAccount> decide(DecideTiesRequest command, Actor actor, TiesAction action) {
    Validation.check(command, actor);
    requireMayEver(action, actor);
    return host.command(() -> {
      TiesAccount t = load(command.account());
      Set<Role> roles = roles(actor, t.account(), t.organisation());
      if (roles.contains(Role.OWNER)) {
        // nobody decides their own request, even a focal point
        roles.removeAll(FOCAL_POINT);
      }
      if (roles.contains(Role.OPERATOR)
          && !focalPoints.seatsOf(t.organisation()).decidersFor(t.account()).isEmpty()) {
        throw new NotAllowed("ties.focal-point-decides",
            "a focal point of the organisation decides this TIES request, not the operator");
      }
      boolean decides = roles.stream().anyMatch(FOCAL_POINT::contains) || roles.contains(Role.OPERATOR);
      if (decides && (t.state() == TiesState.ACTIVE || t.state() == TiesState.REJECTED)
          && t.current().decidedAt().isPresent()) {
        throw new Conflict("ties.already-decided", "another focal point decided first");
      }
      if (decides && command.expectedVersion().filter(v -> v != t.version()).isPresent()) {
        throw new Conflict("ties.version-conflict", "the TIES access changed since it was read");
      }
      TiesState next = TiesWorkflow.TABLE.next(t.state(), action, roles);
      if (action == TiesAction.APPROVE) {
        activeAccount(t.account());
      }
      // the operator's decision names no focal point: the event's actor says which member of staff decided
      Optional<AccountId> decider = actor instanceof Actor.AccountHolder h
          ? Optional.of(h.account())
          : Optional.empty();
      Instant now = host.clock().instant();
      TiesAccount saved = register.save(move(t, next, Optional.of(now), Optional.empty(), decider, now));
      DomainEvent event = action == TiesAction.APPROVE
          ? new TiesAccessApproved(now, actor, t.account(), t.organisation(), decider.orElse(null))
          : new TiesAccessRejected(now, actor, t.account(), t.organisation(), decider.orElse(null));
      tellUser(saved, action == TiesAction.APPROVE ? "ties.approved" : "ties.rejected", command.reason());
      LOG.info("TIES request of account {} {} by {}", t.account(), next,
          decider.map(d -> "focal point " + d).orElse("the operator"));
      return Outcome.of(saved, event);
    });
  }

  /** The sign-up tick: filed once per approved affiliation, in the approval's transaction. */
  private void onAffiliationApproved(AffiliationApproved approved) {
    if (!approved.wantsTiesAccess() || !approved.memberOrganisation()) {
      return;
    }
    Actor system = Actor.system("ties.sign-up-tick");
    host.command(() -> {
      Optional<TiesAccount> existing = register.find(approved.account());
      if (existing.filter(t -> t.ticksFiled().contains(approved.affiliation())).isPresent()) {
        LOG.info("TIES tick of affiliation {} already filed", approved.affiliation());
        return new Outcome<>(existing, List.of());
      }
      Optional<AccountSummary> user = accounts.find(approved.account()).filter(AccountSummary::active);
      if (user.isEmpty() || !TiesWorkflow.TABLE.allows(stateOf(existing), TiesAction.REQUEST)) {
        // nothing to file (the account cannot use TIES now, or already has a live request): remember the tick
        // as handled so that a redelivered event does not file it later
        LOG.warn("TIES tick of affiliation {} not filed: account {} inactive or TIES already {}",
            approved.affiliation(), approved.account(), stateOf(existing));
        Optional<TiesAccount> handled = existing
            .map(t -> register.save(t.withTicksFiled(with(t.ticksFiled(), approved.affiliation()))));
        return new Outcome<>(handled, List.of());
      }
      Outcome<TiesAccount> filed = file(existing, approved.organisation(), approved.affiliation(), user.get(),
          TiesOrigin.SIGN_UP_TICK, system, Optional.of(approved.affiliation()));
      return new Outcome<>(Optional.of(filed.value()), filed.events());
    });
  }

  /** T1: TIES access rests on the affiliation; when it ends, the access (or the pending request) lapses. */
  private void onAffiliationEnded(AffiliationEnded ended) {
    Optional<TiesAccount> live = register.find(ended.account())
        .filter(t -> t.current().affiliation().equals(ended.affiliation()) && LIVE.contains(t.state()));
    if (live.isEmpty()) {
      return;
    }
    TiesAccount t = live.get();
    Actor system = Actor.system("ties.lapse");
    host.command(() -> {
      List<DomainEvent> events = new ArrayList<>();
      // the affiliation module vacates the seat before ending the sitting focal point's affiliation; this only
      // guards against a path that forgets to, so that no seat is held without TIES access
      focalPoints.vacateTiesSeat(t.organisation(), t.account(), system).ifPresent(events::add);
      TiesState next = TiesWorkflow.TABLE.next(t.state(), TiesAction.LAPSE, EnumSet.of(Role.SYSTEM));
      Instant now = host.clock().instant();
      TiesAccount saved = register.save(move(t, next, Optional.empty(), Optional.of(now), t.decidedBy(), now));
      events.add(new TiesAccessLapsed(now, system, t.account(), t.organisation(), ended.affiliation(), ended.cause(),
          t.state().active()));
      if (ended.cause() != EndCause.ACCOUNT_CLOSED) {
        tellUser(saved, "ties.lapsed", Optional.empty());
      }
      LOG.info("TIES access of account {} lapsed: affiliation {} ended ({})", t.account(), ended.affiliation(),
          ended.cause());
      return new Outcome<>(saved, events);
    });
  }

  /** A merge moves the affiliation to the surviving organisation; the TIES access rests on it there. */
  private void onAffiliationMoved(AffiliationMoved moved) {
    register.find(moved.account()).filter(t -> t.current().affiliation().equals(moved.affiliation()))
        .ifPresent(t -> host.command(() -> {
          List<TiesRequest> episodes = new ArrayList<>(t.requests());
          episodes.set(episodes.size() - 1, t.current().movedTo(moved.organisation()));
          return new Outcome<>(register.save(t.withRequests(episodes)), List.of());
        }));
  }

  /**
   * The TIES seat is only held with TIES access in the organisation: an account the operator appoints gets it;
   * a hand-over to an account without it is refused, which rolls the hand-over back.
   */
  private void onFocalPointChanged(FocalPointChanged changed) {
    if (changed.seat() != FocalPointRole.TIES || changed.current().isEmpty()) {
      return;
    }
    AccountId holder = changed.current().get();
    Optional<TiesAccount> existing = register.find(holder);
    if (existing.filter(t -> t.activeIn(changed.organisation())).isPresent()) {
      return;
    }
    if (changed.change() != FocalPointChange.APPOINTED_BY_OPERATOR) {
      throw new PreconditionFailed("ties.successor-without-ties-access",
          "the TIES focal point seat goes only to an account with TIES access in the organisation");
    }
    Actor system = Actor.system("ties.focal-point-appointed");
    host.command(() -> {
      Affiliation affiliation = memberAffiliation(holder);
      AccountSummary user = activeAccount(holder);
      TiesWorkflow.TABLE.next(stateOf(existing), TiesAction.ASSIGN, EnumSet.of(Role.SYSTEM));
      return grant(existing, affiliation.organisation(), affiliation.id(), user, TiesOrigin.FOCAL_POINT_APPOINTMENT,
          system, Optional.empty());
    });
  }

  private Outcome<TiesAccount> file(Optional<TiesAccount> existing, OrganisationId organisation,
      AffiliationId affiliation, AccountSummary user, TiesOrigin origin, Actor actor, Optional<AffiliationId> tick) {
    Instant now = host.clock().instant();
    TiesRequest episode = new TiesRequest(organisation, affiliation, origin, now, TiesState.REQUESTED,
        Optional.empty(), Optional.empty());
    TiesAccount saved = register.save(append(existing, user.id(), episode, tick, Optional.empty(), now));
    FocalPointSeats seats = focalPoints.seatsOf(organisation);
    // T2: the TIES Focal Point only; the ITU Focal Point only when there is no TIES Focal Point (who may decide)
    Optional<AccountId> recipient = seats.decidersFor(user.id()).stream().findFirst();
    recipient.flatMap(accounts::find).ifPresent(to -> host.notify(Letters.to(to, "ties.requested",
        cause(saved), parameters(organisation, user, Optional.empty()))));
    if (recipient.isEmpty()) {
      LOG.warn("TIES request of account {}: organisation {} has no focal point who may decide it: the operator does",
          user.id(), organisation);
    }
    LOG.info("TIES access of account {} requested for {} ({})", user.id(), organisation, origin);
    return Outcome.of(saved, new TiesAccessRequested(now, actor, user.id(), organisation, affiliation, origin));
  }

  private Outcome<TiesAccount> grant(Optional<TiesAccount> existing, OrganisationId organisation,
      AffiliationId affiliation, AccountSummary user, TiesOrigin origin, Actor actor, Optional<AccountId> decider) {
    Instant now = host.clock().instant();
    TiesAccount saved;
    if (existing.filter(t -> t.state() == TiesState.REQUESTED).isPresent()) {
      // a pending request is granted by the appointment rather than left open beside active access
      TiesAccount t = existing.get();
      saved = register.save(move(t, TiesState.ACTIVE, Optional.of(now), Optional.empty(), decider, now));
    } else {
      TiesRequest episode = new TiesRequest(organisation, affiliation, origin, now, TiesState.ACTIVE,
          Optional.of(now), Optional.empty());
      saved = register.save(append(existing, user.id(), episode, Optional.empty(), decider, now));
    }
    tellUser(saved, "ties.assigned", Optional.empty());
    LOG.info("TIES access assigned to account {} in {} ({})", user.id(), organisation, origin);
    return Outcome.of(saved, new TiesAccessAssigned(now, actor, user.id(), organisation, origin));
  }

  private static TiesAccount append(Optional<TiesAccount> existing, AccountId account, TiesRequest episode,
      Optional<AffiliationId> tick, Optional<AccountId> decidedBy, Instant now) {
    if (existing.isEmpty()) {
      TiesAccount.Builder b = TiesAccount.builder();
      b.account(account).addRequests(episode).decidedBy(decidedBy).changedAt(now);
      tick.ifPresent(b::addTicksFiled);
      return b.build();
    }
    TiesAccount t = existing.get();
    List<TiesRequest> episodes = new ArrayList<>(t.requests());
    episodes.add(episode);
    Set<AffiliationId> ticks = tick.map(id -> with(t.ticksFiled(), id)).orElse(t.ticksFiled());
    return t.withRequests(episodes).withTicksFiled(ticks).withDecidedBy(decidedBy).withChangedAt(now);
  }

  private static TiesAccount move(TiesAccount t, TiesState next, Optional<Instant> decided, Optional<Instant> ended,
      Optional<AccountId> decidedBy, Instant now) {
    List<TiesRequest> episodes = new ArrayList<>(t.requests());
    episodes.set(episodes.size() - 1, t.current().moveTo(next, decided, ended));
    return t.withRequests(episodes).withDecidedBy(decidedBy).withChangedAt(now);
  }

  private static Set<AffiliationId> with(Set<AffiliationId> ids, AffiliationId id) {
    Set<AffiliationId> copy = new LinkedHashSet<>(ids);
    copy.add(id);
    return copy;
  }

  private static TiesState stateOf(Optional<TiesAccount> t) {
    return t.map(TiesAccount::state).orElse(TiesState.NONE);
  }

  /** Fails early for actors who could never take the action, so they learn nothing about the account. */
  private static void requireMayEver(TiesAction action, Actor actor) {
    Set<Role> possible = EnumSet.noneOf(Role.class);
    if (actor instanceof Actor.AccountHolder) {
      possible.addAll(EnumSet.of(Role.OWNER, Role.TIES_FOCAL_POINT, Role.ITU_FOCAL_POINT));
    } else if (actor instanceof Actor.Operator) {
      possible.add(Role.OPERATOR);
    } else if (actor instanceof Actor.System) {
      possible.add(Role.SYSTEM);
    }
    boolean may = TiesWorkflow.TABLE.transitions().stream()
        .anyMatch(t -> t.action() == action && t.roles().stream().anyMatch(possible::contains));
    if (!may) {
      throw new NotAllowed("ties.not-allowed", "ties: " + action.name() + " is not allowed");
    }
  }

  private Set<Role> roles(Actor actor, AccountId account, OrganisationId organisation) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    roles.addAll(focalPoints.rolesOf(actor, organisation));
    if (actor instanceof Actor.AccountHolder h && h.account().equals(account)) {
      roles.add(Role.OWNER);
    }
    return roles;
  }

  private boolean sitsInTiesSeat(AccountId account, OrganisationId organisation) {
    return focalPoints.seatsOf(organisation).ties().filter(account::equals).isPresent();
  }

  private AccountSummary activeAccount(AccountId account) {
    AccountSummary summary = accounts.find(account)
        .orElseThrow(() -> new NotFound("ties.account-not-found", "no such account"));
    if (!summary.active()) {
      throw new PreconditionFailed("ties.account-not-active", "TIES access is for active accounts only");
    }
    return summary;
  }

  /** T1: TIES rests on the account's approved affiliation, and only a member organisation's gives it. */
  private Affiliation memberAffiliation(AccountId account) {
    Optional<Affiliation> current = affiliations.historyOf(account, Actor.system("ties"))
        .stream().filter(a -> a.state().current()).findFirst();
    if (current.isEmpty()) {
      throw new PreconditionFailed("ties.no-approved-affiliation",
          "TIES access needs an approved affiliation to a member organisation");
    }
    Affiliation a = current.get();
    if (!a.memberRights() || !organisation(a.organisation()).membershipType().member()) {
      throw new PreconditionFailed("ties.organisation-not-a-member", "the organisation is not a member");
    }
    return a;
  }

  private TiesAccount load(AccountId account) {
    return register.find(account)
        .orElseThrow(() -> new NotFound("ties.not-found", "the account never had TIES access nor asked for it"));
  }

  private Organisation organisation(OrganisationId id) {
    return organisations.get(id);
  }

  private void tellUser(TiesAccount t, String kind, Optional<String> reason) {
    accounts.find(t.account()).ifPresent(user ->
        host.notify(Letters.to(user, kind, cause(t), parameters(t.organisation(), user, reason))));
  }

  private static String cause(TiesAccount t) {
    return t.account() + ":v" + t.version();
  }

  private Map<String, String> parameters(OrganisationId organisation, AccountSummary user, Optional<String> reason) {
    Map<String, String> p = new HashMap<>();
    p.put("organisationName", organisation(organisation).name());
    p.put("userName", user.fullName());
    reason.ifPresent(r -> p.put("reason", r));
    return p;
  }
}
