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
import org.memberportal.affiliation.AffiliationRefusals;
import org.memberportal.affiliation.AffiliationRole;
import org.memberportal.affiliation.focalpoint.FocalPointRole;
import org.memberportal.affiliation.organisation.Organisation;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.KernelRefusals;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.PreconditionFailed;
import org.memberportal.kernel.Validation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A pending request is decided (F4): approved or rejected by a focal point of the organisation, never by the
 * requester; by the operator only when no focal point may decide it ({@code FocalPointSeats.operatorDecides}),
 * audited by the event's actor. An approval replaces the account's current affiliation; the user is told.
 */
final class Deciding {

  private static final Logger LOG = LoggerFactory.getLogger(Deciding.class);
  private static final Set<AffiliationRole> FOCAL_POINT = EnumSet.of(AffiliationRole.TIES_FOCAL_POINT,
      AffiliationRole.ITU_FOCAL_POINT);

  private final AffiliationParts parts;
  private final Ending ending;

  Deciding(AffiliationParts parts, Ending ending) {
    this.parts = parts;
    this.ending = ending;
  }

  Outcome<Affiliation> decide(DecideAffiliation command, Actor actor, AffiliationAction action) {
    Validation.check(command, actor);
    AffiliationId id = command.affiliation();
    return parts.host().command(() -> {
      Affiliation a = parts.lookups().affiliation(id);
      Set<AffiliationRole> roles = parts.lookups().roles(actor, a);
      if (roles.contains(AffiliationRole.OWNER)) {
        // nobody decides their own request, even a focal point
        roles.removeAll(FOCAL_POINT);
      }
      if (roles.contains(AffiliationRole.OPERATOR)
          && !parts.focalPoints().seatsOf(a.organisation()).operatorDecides(a.account())) {
        throw new NotAllowed(AffiliationRefusals.FOCAL_POINT_DECIDES,
            "a focal point of the organisation decides this request, not the operator");
      }
      boolean decider = !Collections.disjoint(roles, FOCAL_POINT) || roles.contains(AffiliationRole.OPERATOR);
      if (decider && (a.state() == AffiliationState.APPROVED || a.state() == AffiliationState.REJECTED)
          && a.decidedAt().isPresent()) {
        throw new Conflict(AffiliationRefusals.ALREADY_DECIDED, "another focal point decided first");
      }
      if (decider && command.isStale(a.version())) {
        throw new Conflict(KernelRefusals.STALE_VERSION, "the request changed since it was read");
      }
      AffiliationState next = AffiliationWorkflow.TABLE.next(a.state(), action, roles);
      AffiliationRole.checkAssurance(parts.accounts().factorPolicy(), actor, roles);
      Organisation organisation = parts.lookups().organisation(a.organisation());
      if (!organisation.membershipType().member()) {
        throw new PreconditionFailed(AffiliationRefusals.ORGANISATION_NOT_A_MEMBER, "no decision for non-members");
      }
      // the operator's decision names no focal point: the event's actor says which member of staff decided
      Optional<AccountId> focalPoint = actor instanceof Actor.AccountHolder holder
          ? Optional.of(holder.account())
          : Optional.empty();
      Optional<FocalPointRole> seat = focalPoint.map(fp -> roles.contains(AffiliationRole.TIES_FOCAL_POINT)
          ? FocalPointRole.TIES
          : FocalPointRole.ITU);
      Instant now = parts.host().clock().instant();
      List<DomainEvent> events = new ArrayList<>(2);
      if (action == AffiliationAction.APPROVE) {
        parts.lookups().current(a.account()).ifPresent(current -> events.add(ending.replace(current, a.id())));
      }
      Affiliation decided = a.withState(next).withDecidedAt(now).withReason(command.reason());
      if (focalPoint.isPresent()) {
        decided = decided.withDecidedBy(focalPoint.get()).withDecidedAs(seat.orElseThrow());
      }
      Affiliation saved = parts.affiliations().update(decided);
      if (action == AffiliationAction.APPROVE) {
        events.add(new AffiliationEvent.Approved(now, actor, a.id(), a.account(), a.organisation(),
            organisation.membershipType(), true, a.wantsTiesAccess(), focalPoint.orElse(null), seat.orElse(null)));
      } else {
        events.add(new AffiliationEvent.Rejected(now, actor, a.id(), a.account(), a.organisation(),
            focalPoint.orElse(null), seat.orElse(null)));
      }
      String kind = action == AffiliationAction.APPROVE ? "affiliation.approved" : "affiliation.rejected";
      parts.letters().toUser(saved, kind, organisation, command.reason());
      if (LOG.isInfoEnabled()) {
        LOG.info("affiliation {} {} by {}", a.id(), next,
            focalPoint.map(fp -> "focal point " + fp + " (" + seat.orElseThrow() + ")").orElse("the operator"));
      }
      return new Outcome<>(saved, events);
    });
  }
}
