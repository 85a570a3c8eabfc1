/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.membership;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.memberportal.account.AccountStatus;
import org.memberportal.account.AccountSummary;
import org.memberportal.account.AccountEvent;
import org.memberportal.account.EmailVerified;
import org.memberportal.account.port.AccountDirectory;
import org.memberportal.affiliation.Letters;
import org.memberportal.affiliation.focalpoint.FocalPointRole;
import org.memberportal.affiliation.focalpoint.FocalPointSeats;
import org.memberportal.affiliation.focalpoint.FocalPoints;
import org.memberportal.affiliation.organisation.Organisation;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.affiliation.organisation.OrganisationMerged;
import org.memberportal.affiliation.organisation.OrganisationRejected;
import org.memberportal.affiliation.port.AffiliationRegister;
import org.memberportal.affiliation.port.FocalPointRegister;
import org.memberportal.affiliation.port.OrganisationRegister;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.NotFound;
import org.memberportal.kernel.Notification;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.PreconditionFailed;
import org.memberportal.kernel.Role;
import org.memberportal.kernel.Validation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The affiliation workflow (F3-F5, F9): requests, focal point decisions, withdrawal, removal and leaving, on
 * the table {@link AffiliationWorkflow#TABLE}. Focal points are read afresh on every command (F11).
 *
 * <p>Notifications: {@code affiliation.requested} to the TIES Focal Point only (the ITU Focal Point when the
 * seat is vacant), {@code affiliation.approved}, {@code affiliation.rejected} and {@code affiliation.removed} to
 * the user; every model carries {@code organisationName} and {@code requesterName}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class Affiliations {

  private static final Logger LOG = LoggerFactory.getLogger(Affiliations.class);
  private static final Set<Role> FOCAL_POINT = EnumSet.of(Role.TIES_FOCAL_POINT, Role.ITU_FOCAL_POINT);

  private final Host host;
  private final AccountDirectory accounts;
  private final OrganisationRegister organisations;
  private final AffiliationRegister affiliations;
  private final FocalPointRegister seats;
  private final FocalPoints focalPoints;

  /**
   * Creates the service; {@link #subscribe()} then makes it react to email verification and organisation
   * reviews.
   *
   * @param host the shared host
   * @param accounts the account directory
   * @param organisations the organisations
   * @param affiliations the affiliations
   * @param seats the focal point seats
   * @param focalPoints the focal point service (for clearing a seat on operator removal)
   */
  public Affiliations(Host host, AccountDirectory accounts, OrganisationRegister organisations,
      AffiliationRegister affiliations, FocalPointRegister seats, FocalPoints focalPoints) {
    this.host = host;
    this.accounts = accounts;
    this.organisations = organisations;
    this.affiliations = affiliations;
    this.seats = seats;
    this.focalPoints = focalPoints;
  }

  /**
   * Subscribes the module's policies on the host's event bus: requests made before the email was verified go to
   * the focal points when it is ({@link EmailVerified}) and are cancelled when the unverified sign-up expires
   * ({@link AccountEvent.SignUpExpired}); a closed account ({@link AccountEvent.Closed}) loses its requests,
   * affiliations and focal point seats; links follow a merged organisation and end with a rejected one. Call
   * once per host.
   */
  public void subscribe() {
    host.events().subscribe(EmailVerified.class, this::onEmailVerified);
    host.events().subscribe(AccountEvent.SignUpExpired.class, this::onSignUpExpired);
    host.events().subscribe(AccountEvent.Closed.class, this::onAccountClosed);
    host.events().subscribe(OrganisationMerged.class, this::onOrganisationMerged);
    host.events().subscribe(OrganisationRejected.class, this::onOrganisationRejected);
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
    Validation.check(command, actor);
    AccountId account = command.account();
    OrganisationId organisationId = command.organisation();
    if (!(actor instanceof Actor.AccountHolder holder) || !holder.account().equals(account)) {
      throw new NotAllowed("affiliation.not-the-account-holder", "only the account holder asks for an affiliation");
    }
    return host.command(() -> {
      AccountSummary requester = accounts.find(account)
          .orElseThrow(() -> new NotFound("affiliation.account-not-found", "no such account"));
      if (requester.status() == AccountStatus.SUSPENDED || requester.status() == AccountStatus.CLOSED) {
        throw new PreconditionFailed("affiliation.account-not-usable", "the account is suspended or closed");
      }
      Organisation organisation = organisations.find(organisationId)
          .orElseThrow(() -> new NotFound("affiliation.organisation-not-found", "no such organisation"));
      if (!organisation.status().open()) {
        throw new PreconditionFailed("affiliation.organisation-closed", "the organisation was merged or rejected");
      }
      Optional<Affiliation> current = current(account);
      if (current.filter(a -> a.organisation().equals(organisationId) && !mayAskApproval(a, organisation))
          .isPresent()) {
        throw new Conflict("affiliation.already-affiliated", "already affiliated with this organisation");
      }
      if (affiliations.ofAccount(account).stream().anyMatch(a -> a.state().open())) {
        throw new Conflict("affiliation.request-already-open", "the account has an open request");
      }
      Instant now = host.clock().instant();
      Affiliation.Builder draft = Affiliation.builder();
      draft.id(AffiliationId.random()).account(account).organisation(organisationId)
          .membershipType(organisation.membershipType()).wantsTiesAccess(command.wantsTiesAccess()).requestedAt(now);
      if (!organisation.membershipType().member()) {
        List<DomainEvent> events = new ArrayList<>();
        Optional<AffiliationId> linkId = Optional.empty();
        Affiliation link = draft.state(AffiliationState.LINKED).build();
        if (current.isPresent()) {
          guardTiesFocalPoint(current.get());
          events.add(end(current.get(), AffiliationAction.REPLACE, EndCause.REPLACED, Optional.of(link.id()),
              Actor.system("affiliation.replace"), Optional.empty()));
        }
        Affiliation saved = affiliations.save(link);
        events.add(new AffiliationLinked(now, actor, saved.id(), account, organisationId, organisation.membershipType()));
        LOG.info("affiliation {} linked account {} to non-member {}", saved.id(), account, organisationId);
        return new Outcome<>(saved, events);
      }
      current.ifPresent(this::guardTiesFocalPoint);
      boolean verified = requester.status().emailVerified();
      Affiliation request = verified
          ? draft.state(AffiliationState.PENDING).submittedAt(now).build()
          : draft.state(AffiliationState.REQUESTED).build();
      Affiliation saved = affiliations.save(request);
      List<DomainEvent> events = new ArrayList<>();
      events.add(new AffiliationRequested(now, actor, saved.id(), account, organisationId, saved.wantsTiesAccess(),
          !verified));
      if (verified) {
        events.add(submitted(saved, actor, organisation, requester));
      }
      LOG.info("affiliation {} requested by account {} for {} ({})", saved.id(), account, organisationId, saved.state());
      return new Outcome<>(saved, events);
    });
  }

  /**
   * A focal point of the organisation approves a pending request (F4); the account's current affiliation, if
   * any, ends (replaced). The user is notified. Nobody decides their own request; the operator decides a
   * request that no focal point of the organisation can (no seat filled but by the requester), audited by the
   * event's actor.
   *
   * @param command the request and an optional reason
   * @param actor the TIES or ITU Focal Point of the organisation; the operator when neither may decide
   * @return the approved affiliation and its events, among them {@link AffiliationApproved}
   * @throws NotAllowed {@code affiliation.focal-point-decides} when the operator decides a request a focal
   *     point can decide
   */
  public Outcome<Affiliation> approve(DecideAffiliation command, Actor actor) {
    return decide(command, actor, AffiliationAction.APPROVE);
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
    return decide(command, actor, AffiliationAction.REJECT);
  }

  private Outcome<Affiliation> decide(DecideAffiliation command, Actor actor, AffiliationAction action) {
    Validation.check(command, actor);
    AffiliationId id = command.affiliation();
    return host.command(() -> {
      Affiliation a = load(id);
      Set<Role> roles = roles(actor, a);
      if (roles.contains(Role.OWNER)) {
        // nobody decides their own request, even a focal point
        roles.removeAll(FOCAL_POINT);
      }
      if (roles.contains(Role.OPERATOR)) {
        requireNoFocalPointDecides(a);
      }
      boolean decider = !Collections.disjoint(roles, FOCAL_POINT) || roles.contains(Role.OPERATOR);
      if (decider && (a.state() == AffiliationState.APPROVED || a.state() == AffiliationState.REJECTED)
          && a.decidedAt().isPresent()) {
        throw new Conflict("affiliation.already-decided", "another focal point decided first");
      }
      if (decider && command.expectedVersion().filter(v -> v != a.version()).isPresent()) {
        throw new Conflict("affiliation.version-conflict", "the request changed since it was read");
      }
      AffiliationState next = AffiliationWorkflow.TABLE.next(a.state(), action, roles);
      Organisation organisation = organisation(a.organisation());
      if (!organisation.membershipType().member()) {
        throw new PreconditionFailed("affiliation.organisation-not-a-member", "no decision for non-members");
      }
      // the operator's decision names no focal point: the event's actor says which member of staff decided
      Optional<AccountId> focalPoint = actor instanceof Actor.AccountHolder holder
          ? Optional.of(holder.account())
          : Optional.empty();
      Optional<FocalPointRole> seat = focalPoint.map(fp -> roles.contains(Role.TIES_FOCAL_POINT)
          ? FocalPointRole.TIES
          : FocalPointRole.ITU);
      Instant now = host.clock().instant();
      List<DomainEvent> events = new ArrayList<>(2);
      if (action == AffiliationAction.APPROVE) {
        Optional<Affiliation> current = current(a.account());
        if (current.isPresent()) {
          guardTiesFocalPoint(current.get());
          events.add(end(current.get(), AffiliationAction.REPLACE, EndCause.REPLACED, Optional.of(a.id()),
              Actor.system("affiliation.replace"), Optional.empty()));
        }
      }
      Affiliation decided = a.withState(next).withDecidedAt(now).withReason(command.reason());
      if (focalPoint.isPresent()) {
        decided = decided.withDecidedBy(focalPoint.get()).withDecidedAs(seat.orElseThrow());
      }
      Affiliation saved = affiliations.save(decided);
      if (action == AffiliationAction.APPROVE) {
        events.add(new AffiliationApproved(now, actor, a.id(), a.account(), a.organisation(),
            organisation.membershipType(), true, a.wantsTiesAccess(), focalPoint.orElse(null), seat.orElse(null)));
      } else {
        events.add(new AffiliationRejected(now, actor, a.id(), a.account(), a.organisation(), focalPoint.orElse(null),
            seat.orElse(null)));
      }
      String kind = action == AffiliationAction.APPROVE ? "affiliation.approved" : "affiliation.rejected";
      tellUser(saved, kind, organisation, command.reason());
      if (LOG.isInfoEnabled()) {
        LOG.info("affiliation {} {} by {}", a.id(), next,
            focalPoint.map(fp -> "focal point " + fp + " (" + seat.orElseThrow() + ")").orElse("the operator"));
      }
      return new Outcome<>(saved, events);
    });
  }

  /**
   * The requester withdraws their request before a decision.
   *
   * @param command the request
   * @param actor the requester
   * @return the cancelled affiliation and its event
   */
  public Outcome<Affiliation> withdraw(WithdrawRequest command, Actor actor) {
    Validation.check(command, actor);
    AffiliationId id = command.affiliation();
    return host.command(() -> {
      Affiliation a = load(id);
      AffiliationWorkflow.TABLE.next(a.state(), AffiliationAction.CANCEL, roles(actor, a));
      AffiliationCancelled event = cancel(a, actor);
      return Outcome.of(load(id), event);
    });
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
    Validation.check(command, actor);
    AffiliationId id = command.affiliation();
    return host.command(() -> {
      Affiliation a = load(id);
      Set<Role> roles = roles(actor, a);
      AffiliationWorkflow.TABLE.next(a.state(), AffiliationAction.REMOVE, roles);
      boolean byOperator = roles.contains(Role.OPERATOR);
      List<DomainEvent> events = new ArrayList<>();
      if (byOperator) {
        focalPoints.vacateTiesSeat(a.organisation(), a.account(), actor).ifPresent(events::add);
      } else {
        guardTiesFocalPoint(a);
      }
      events.add(end(a, AffiliationAction.REMOVE,
          byOperator ? EndCause.REMOVED_BY_OPERATOR : EndCause.REMOVED_BY_FOCAL_POINT, Optional.empty(), actor,
          command.reason()));
      Affiliation saved = load(id);
      tellUser(saved, "affiliation.removed", organisation(a.organisation()), command.reason());
      return new Outcome<>(saved, events);
    });
  }

  /**
   * The user leaves the organisation (F5). The sitting TIES Focal Point hands the seat over first (T5).
   *
   * @param command the affiliation
   * @param actor the affiliated user
   * @return the ended affiliation and its event
   */
  public Outcome<Affiliation> leave(LeaveOrganisation command, Actor actor) {
    Validation.check(command, actor);
    AffiliationId id = command.affiliation();
    return host.command(() -> {
      Affiliation a = load(id);
      AffiliationWorkflow.TABLE.next(a.state(), AffiliationAction.LEAVE, roles(actor, a));
      guardTiesFocalPoint(a);
      DomainEvent event = end(a, AffiliationAction.LEAVE, EndCause.LEFT, Optional.empty(), actor, Optional.empty());
      return Outcome.of(load(id), event);
    });
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
    return host.query(() -> {
      boolean self = actor instanceof Actor.AccountHolder h && h.account().equals(account);
      if (!self && focalPoints.rolesOf(actor, organisation).isEmpty()) {
        throw new NotAllowed("affiliation.not-allowed", "may-represent is asked by the holder, a focal point or staff");
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
    return host.query(() -> affiliations.ofAccount(account).stream()
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
    boolean self = actor instanceof Actor.AccountHolder h && h.account().equals(account);
    if (!self && !(actor instanceof Actor.Operator) && !(actor instanceof Actor.System)) {
      throw new NotAllowed("affiliation.not-allowed", "only the holder and staff see an account's affiliations");
    }
    return host.query(() -> affiliations.ofAccount(account));
  }

  /**
   * One affiliation, for its requester, the organisation's focal points and the operator.
   *
   * @param id the affiliation
   * @param actor who asks
   * @return the affiliation
   */
  public Affiliation get(AffiliationId id, Actor actor) {
    return host.query(() -> {
      Affiliation a = load(id);
      if (roles(actor, a).isEmpty()) {
        throw new NotAllowed("affiliation.not-allowed", "not the requester, a focal point or staff");
      }
      return a;
    });
  }

  private void onEmailVerified(EmailVerified verified) {
    List<Affiliation> waiting = affiliations.ofAccount(verified.account()).stream()
        .filter(a -> a.state() == AffiliationState.REQUESTED).toList();
    for (Affiliation a : waiting) {
      Actor system = Actor.system("affiliation.email-verified");
      host.command(() -> {
        AffiliationState next = AffiliationWorkflow.TABLE.next(a.state(), AffiliationAction.SUBMIT, Set.of(Role.SYSTEM));
        Affiliation saved = affiliations.save(a.withState(next).withSubmittedAt(host.clock().instant()));
        Organisation organisation = organisation(a.organisation());
        AccountSummary requester = accounts.find(a.account())
            .orElseThrow(() -> new NotFound("affiliation.account-not-found", "no such account"));
        return Outcome.of(saved, submitted(saved, system, organisation, requester));
      });
    }
  }

  private void onSignUpExpired(AccountEvent.SignUpExpired expired) {
    Actor system = Actor.system("affiliation.sign-up-expired");
    for (Affiliation a : affiliations.ofAccount(expired.account())) {
      if (a.state() == AffiliationState.REQUESTED) {
        host.command(() -> {
          AffiliationCancelled event = cancel(a, system);
          return Outcome.of(load(a.id()), event);
        });
      }
    }
  }

  /** A closed account keeps no member rights: its requests are cancelled, its affiliations and seats end. */
  private void onAccountClosed(AccountEvent.Closed closed) {
    List<Affiliation> held = affiliations.ofAccount(closed.account());
    host.command(() -> {
      List<DomainEvent> events = new ArrayList<>(focalPoints.vacateSeatsOf(closed.account(), closed.actor()));
      for (Affiliation a : held) {
        if (a.state().open()) {
          events.add(cancel(a, closed.actor()));
        } else if (a.state().current()) {
          events.add(end(a, AffiliationAction.REMOVE, EndCause.ACCOUNT_CLOSED, Optional.empty(), closed.actor(),
              Optional.empty()));
        }
      }
      return new Outcome<>(closed.account(), events);
    });
  }

  /**
   * The merged record's affiliations follow the surviving record. Into a member organisation, whose affiliation
   * needs its focal points' approval (F3), a link becomes a request with no step by the user: sent to the focal
   * points at once (TIES focal point first, F6) when the account's email is verified, once it is otherwise. An
   * account that already has an open request, or that is suspended or closed, keeps the link, and may ask the
   * member organisation's approval itself ({@link #mayAskApproval}).
   */
  private void onOrganisationMerged(OrganisationMerged merged) {
    Organisation into = organisation(merged.into());
    List<Affiliation> moving = affiliations.ofOrganisation(merged.organisation(), EnumSet.allOf(AffiliationState.class));
    for (Affiliation a : moving) {
      host.command(() -> {
        Instant now = host.clock().instant();
        List<DomainEvent> events = new ArrayList<>(2);
        events.add(new AffiliationMoved(now, merged.actor(), a.id(), a.account(), merged.into(),
            merged.organisation()));
        Affiliation moved = a.withOrganisation(merged.into());
        Optional<AccountSummary> requester = accounts.find(a.account())
            .filter(u -> u.status() != AccountStatus.SUSPENDED && u.status() != AccountStatus.CLOSED);
        boolean openRequest = affiliations.ofAccount(a.account()).stream().anyMatch(o -> o.state().open());
        if (a.state() != AffiliationState.LINKED || !into.membershipType().member() || requester.isEmpty()
            || openRequest) {
          return new Outcome<>(affiliations.save(moved), events);
        }
        Set<Role> system = Set.of(Role.SYSTEM);
        AffiliationState next = AffiliationWorkflow.TABLE.next(a.state(), AffiliationAction.MERGE, system);
        boolean verified = requester.get().status().emailVerified();
        moved = moved.withMembershipType(into.membershipType());
        if (verified) {
          moved = moved.withSubmittedAt(now);
          next = AffiliationWorkflow.TABLE.next(next, AffiliationAction.SUBMIT, system);
        }
        Affiliation saved = affiliations.save(moved.withState(next));
        if (verified) {
          events.add(submitted(saved, merged.actor(), into, requester.get()));
        }
        LOG.info("affiliation {}: link merged into member {} became a request ({})", a.id(), into.id(), next);
        return new Outcome<>(saved, events);
      });
    }
  }

  /**
   * A link to an organisation that is a member (left by a merge, or by a change of the organisation's type) is
   * not an affiliation with member rights: the user may ask its focal points for their approval, which replaces
   * the link.
   */
  private static boolean mayAskApproval(Affiliation current, Organisation organisation) {
    return current.state() == AffiliationState.LINKED && organisation.membershipType().member();
  }

  private void onOrganisationRejected(OrganisationRejected rejected) {
    Organisation organisation = organisation(rejected.organisation());
    for (Affiliation a : affiliations.ofOrganisation(rejected.organisation(), EnumSet.of(AffiliationState.LINKED))) {
      host.command(() -> {
        DomainEvent event = end(a, AffiliationAction.REMOVE, EndCause.ORGANISATION_REJECTED, Optional.empty(),
            rejected.actor(), Optional.empty());
        Affiliation saved = load(a.id());
        tellUser(saved, "affiliation.removed", organisation, Optional.empty());
        return Outcome.of(saved, event);
      });
    }
  }

  /** Cancels an open request; the caller has authorised the actor (policies act for an authorised cause). */
  private AffiliationCancelled cancel(Affiliation a, Actor actor) {
    AffiliationState next = AffiliationWorkflow.TABLE.next(a.state(), AffiliationAction.CANCEL);
    affiliations.save(a.withState(next));
    return new AffiliationCancelled(host.clock().instant(), actor, a.id(), a.account(), a.organisation());
  }

  private AffiliationEnded end(Affiliation a, AffiliationAction action, EndCause cause,
      Optional<AffiliationId> replacedBy, Actor actor, Optional<String> reason) {
    AffiliationState next = AffiliationWorkflow.TABLE.next(a.state(), action);
    Instant now = host.clock().instant();
    affiliations.save(a.withState(next).withEndedAt(now).withEndCause(cause)
        .withReason(reason.isPresent() ? reason : a.reason()));
    LOG.info("affiliation {} of account {} ended: {}", a.id(), a.account(), cause);
    return new AffiliationEnded(now, actor, a.id(), a.account(), a.organisation(), cause, a.memberRights(), replacedBy);
  }

  /**
   * The operator decides only a request that no focal point of the organisation can decide (both seats vacant,
   * or held by the requester only), so that someone can decide every request.
   */
  private void requireNoFocalPointDecides(Affiliation a) {
    FocalPointSeats fp = seats.find(a.organisation()).orElse(FocalPointSeats.vacant(a.organisation()));
    if (!fp.decidersFor(a.account()).isEmpty()) {
      throw new NotAllowed("affiliation.focal-point-decides",
          "a focal point of the organisation decides this request, not the operator");
    }
  }

  /** T5: the sitting TIES Focal Point keeps the affiliation until the seat is handed over. */
  private void guardTiesFocalPoint(Affiliation a) {
    boolean sitting = seats.find(a.organisation()).flatMap(FocalPointSeats::ties).filter(a.account()::equals)
        .isPresent();
    if (sitting && a.state() == AffiliationState.APPROVED) {
      throw new PreconditionFailed("affiliation.ties-focal-point-must-hand-over",
          "the sitting TIES focal point hands the seat over before the affiliation ends");
    }
  }

  private AffiliationSubmitted submitted(Affiliation a, Actor actor, Organisation organisation,
      AccountSummary requester) {
    FocalPointSeats fp = seats.find(a.organisation()).orElse(FocalPointSeats.vacant(a.organisation()));
    // F6: the TIES Focal Point only; the ITU Focal Point only when there is no TIES Focal Point (who may decide)
    Optional<AccountId> recipient = fp.decidersFor(a.account()).stream().findFirst();
    recipient.flatMap(accounts::find).ifPresent(to ->
        host.notify(letter(to, "affiliation.requested", organisation, requester, a, Optional.empty())));
    if (recipient.isEmpty()) {
      LOG.warn("affiliation {}: organisation {} has no focal point who may decide it: the operator decides",
          a.id(), a.organisation());
    }
    return new AffiliationSubmitted(host.clock().instant(), actor, a.id(), a.account(), a.organisation());
  }

  private void tellUser(Affiliation a, String kind, Organisation organisation, Optional<String> reason) {
    accounts.find(a.account()).ifPresent(user -> host.notify(letter(user, kind, organisation, user, a, reason)));
  }

  /** A letter about a request, keyed by it; every model carries the organisation's and the requester's names. */
  private static Notification letter(AccountSummary to, String kind, Organisation organisation,
      AccountSummary requester, Affiliation a, Optional<String> reason) {
    String id = a.id().toString();
    Notification.Builder letter = Letters.draft(to, kind, id)
        .putParameters("organisationName", organisation.name())
        .putParameters("requesterName", requester.fullName())
        .putParameters("affiliationId", id);
    reason.ifPresent(r -> letter.putParameters("reason", r));
    return letter.build();
  }

  private Set<Role> roles(Actor actor, Affiliation a) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    roles.addAll(focalPoints.rolesOf(actor, a.organisation()));
    if (actor instanceof Actor.AccountHolder h && h.account().equals(a.account())) {
      roles.add(Role.OWNER);
    }
    return roles;
  }

  private Optional<Affiliation> current(AccountId account) {
    for (Affiliation a : affiliations.ofAccount(account)) {
      if (a.state().current()) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  private Affiliation load(AffiliationId id) {
    return affiliations.find(id).orElseThrow(() -> new NotFound("affiliation.not-found", "no such affiliation"));
  }

  private Organisation organisation(OrganisationId id) {
    return organisations.find(id)
        .orElseThrow(() -> new NotFound("affiliation.organisation-not-found", "no such organisation"));
  }
}
