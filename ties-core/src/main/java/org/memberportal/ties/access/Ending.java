/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.access;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.memberportal.affiliation.AffiliationRole;
import org.memberportal.affiliation.membership.AffiliationEvent;
import org.memberportal.affiliation.membership.EndCause;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.NotFound;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.PreconditionFailed;
import org.memberportal.kernel.Validation;
import org.memberportal.ties.TiesRefusals;
import org.memberportal.ties.port.TiesAccountRegister;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * TIES access, or a request, ends (T1, T3, T5): the user withdraws a request, a focal point or the operator
 * removes access, and access lapses when the affiliation it rests on ends. The sitting TIES Focal Point keeps
 * TIES access until the seat is handed over, except when the operator removes it, which vacates the seat.
 *
 * @since 0.2.0
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class Ending {

  private static final Logger LOG = LoggerFactory.getLogger(Ending.class);

  private final TiesParts parts;

  /**
   * Creates the use case.
   *
   * @param parts the module's parts
   */
  public Ending(TiesParts parts) {
    this.parts = parts;
  }

  Outcome<TiesAccount> cancel(CancelTiesRequest command, Actor actor) {
    Validation.check(command, actor);
    TiesRoles.requireMayEver(TiesAction.CANCEL, actor);
    return parts.host().command(() -> {
      TiesAccount t = load(parts.register(), command.account());
      TiesState next = TiesWorkflow.TABLE.next(t.state(), TiesAction.CANCEL, parts.roles().of(actor, t.account(),
          t.organisation()));
      Instant now = parts.host().clock().instant();
      TiesAccount saved =
          parts.register().update(t.moveTo(next, Optional.empty(), Optional.of(now), t.decidedBy(), now));
      LOG.info("TIES request of account {} cancelled", t.account());
      return Outcome.of(saved, new TiesAccessEvent.RequestCancelled(now, actor, t.account(), t.organisation()));
    });
  }

  Outcome<TiesAccount> remove(RemoveTiesAccess command, Actor actor) {
    Validation.check(command, actor);
    TiesRoles.requireMayEver(TiesAction.REMOVE, actor);
    return parts.host().command(() -> {
      TiesAccount t = load(parts.register(), command.account());
      Set<AffiliationRole> held = parts.roles().of(actor, t.account(), t.organisation());
      TiesState next = TiesWorkflow.TABLE.next(t.state(), TiesAction.REMOVE, held);
      AffiliationRole.checkAssurance(parts.entitlement().accounts().factorPolicy(), actor, held);
      boolean byOperator = held.contains(AffiliationRole.OPERATOR);
      List<DomainEvent> events = new ArrayList<>();
      if (parts.focalPoints().seatsOf(t.organisation()).sitsInTiesSeat(t.account())) {
        if (!byOperator) {
          throw new PreconditionFailed(TiesRefusals.FOCAL_POINT_MUST_HAND_OVER,
              "the sitting TIES focal point keeps TIES access until the seat is handed over");
        }
        parts.focalPoints().vacateTiesSeat(t.organisation(), t.account(), actor).ifPresent(events::add);
      }
      Instant now = parts.host().clock().instant();
      Optional<AccountId> decider = actor instanceof Actor.AccountHolder h
          ? Optional.of(h.account())
          : Optional.empty();
      TiesAccount saved = parts.register().update(t.moveTo(next, Optional.empty(), Optional.of(now), decider, now));
      events.add(new TiesAccessEvent.Removed(now, actor, t.account(), t.organisation(), byOperator));
      parts.letters().toUser(saved, "ties.removed", command.reason());
      LOG.info("TIES access of account {} removed ({})", t.account(), byOperator ? "operator" : "focal point");
      return new Outcome<>(saved, events);
    });
  }

  /**
   * T1: the access (or the pending request) resting on an affiliation that ended lapses; inside the caller's
   * command. The user is told, unless the operator closed the account.
   *
   * @param t the TIES access, active or requested, resting on the affiliation
   * @param ended the affiliation's end
   * @return the TIES access, lapsed, and its events
   */
  public Outcome<TiesAccount> lapse(TiesAccount t, AffiliationEvent.Ended ended) {
    Actor system = Actor.system("ties.lapse");
    List<DomainEvent> events = new ArrayList<>();
    // the affiliation module vacates the seat before ending the sitting focal point's affiliation; this only
    // guards against a path that forgets to, so that no seat is held without TIES access
    parts.focalPoints().vacateTiesSeat(t.organisation(), t.account(), system).ifPresent(events::add);
    TiesState next = TiesWorkflow.TABLE.next(t.state(), TiesAction.LAPSE, EnumSet.of(AffiliationRole.SYSTEM));
    Instant now = parts.host().clock().instant();
    TiesAccount saved = parts.register().update(t.moveTo(next, Optional.empty(), Optional.of(now), t.decidedBy(), now));
    events.add(new TiesAccessEvent.Lapsed(now, system, t.account(), t.organisation(), ended.affiliation(), ended.cause(),
        t.state().active()));
    if (ended.cause() != EndCause.ACCOUNT_CLOSED) {
      parts.letters().toUser(saved, "ties.lapsed", Optional.empty());
    }
    LOG.info("TIES access of account {} lapsed: affiliation {} ended ({})", t.account(), ended.affiliation(),
        ended.cause());
    return new Outcome<>(saved, events);
  }

  /** The account's TIES access, which it must have. */
  static TiesAccount load(TiesAccountRegister register, AccountId account) {
    return register.find(account)
        .orElseThrow(() -> new NotFound(TiesRefusals.NOT_FOUND, "the account never had TIES access nor asked for it"));
  }
}
