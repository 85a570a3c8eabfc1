/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.access;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.memberportal.affiliation.AffiliationRole;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.KernelRefusals;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.Validation;
import org.memberportal.ties.TiesRefusals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A TIES request is decided (T2): approved or rejected by a focal point of the user's organisation, never by the
 * requester; by the operator only when no focal point may decide it ({@code FocalPointSeats.operatorDecides}),
 * audited by the event's actor. The user is told.
 */
final class Deciding {

  private static final Logger LOG = LoggerFactory.getLogger(Deciding.class);

  private final TiesParts parts;

  /**
   * Creates the use case.
   *
   * @param parts the module's parts
   */
  Deciding(TiesParts parts) {
    this.parts = parts;
  }

  Outcome<TiesAccount> decide(DecideTiesRequest command, Actor actor, TiesAction action) {
    Validation.check(command, actor);
    TiesRoles.requireMayEver(action, actor);
    return parts.host().command(() -> {
      TiesAccount t = Ending.load(parts.register(), command.account());
      Set<AffiliationRole> held = parts.roles().of(actor, t.account(), t.organisation());
      if (held.contains(AffiliationRole.OWNER)) {
        // nobody decides their own request, even a focal point
        held.removeAll(TiesRoles.FOCAL_POINT);
      }
      if (held.contains(AffiliationRole.OPERATOR) && !parts.focalPoints().seatsOf(t.organisation()).operatorDecides(
          t.account())) {
        throw new NotAllowed(TiesRefusals.FOCAL_POINT_DECIDES,
            "a focal point of the organisation decides this TIES request, not the operator");
      }
      boolean decides = held.stream().anyMatch(TiesRoles.FOCAL_POINT::contains) || held.contains(
          AffiliationRole.OPERATOR);
      if (decides && (t.state() == TiesState.ACTIVE || t.state() == TiesState.REJECTED)
          && t.current().decidedAt().isPresent()) {
        throw new Conflict(TiesRefusals.ALREADY_DECIDED, "another focal point decided first");
      }
      if (decides && command.isStale(t.version())) {
        throw new Conflict(KernelRefusals.STALE_VERSION, "the TIES access changed since it was read");
      }
      TiesState next = TiesWorkflow.TABLE.next(t.state(), action, held);
      AffiliationRole.checkAssurance(parts.entitlement().accounts().factorPolicy(), actor, held);
      if (action == TiesAction.APPROVE) {
        parts.entitlement().activeAccount(t.account());
      }
      // the operator's decision names no focal point: the event's actor says which member of staff decided
      Optional<AccountId> decider = actor instanceof Actor.AccountHolder h
          ? Optional.of(h.account())
          : Optional.empty();
      Instant now = parts.host().clock().instant();
      TiesAccount saved = parts.register().update(t.moveTo(next, Optional.of(now), Optional.empty(), decider, now));
      DomainEvent event = action == TiesAction.APPROVE
          ? new TiesAccessEvent.Approved(now, actor, t.account(), t.organisation(), decider.orElse(null))
          : new TiesAccessEvent.Rejected(now, actor, t.account(), t.organisation(), decider.orElse(null));
      parts.letters().toUser(saved, action == TiesAction.APPROVE ? "ties.approved" : "ties.rejected", command.reason());
      LOG.info("TIES request of account {} {} by {}", t.account(), next,
          decider.map(d -> "focal point " + d).orElse("the operator"));
      return Outcome.of(saved, event);
    });
  }
}
