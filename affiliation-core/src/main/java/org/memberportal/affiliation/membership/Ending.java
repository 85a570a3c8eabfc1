/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.membership;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.memberportal.affiliation.AffiliationRefusals;
import org.memberportal.affiliation.AffiliationRole;
import org.memberportal.affiliation.organisation.Organisation;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.PreconditionFailed;
import org.memberportal.kernel.Validation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ending an affiliation or a request (F5): the requester withdraws, a focal point or the operator removes, the
 * user leaves; and the two steps the other use cases and the policies end one with ({@link #cancel},
 * {@link #end}). T5: the sitting TIES Focal Point keeps the affiliation until the seat is handed over, unless the
 * operator removes it, which vacates the seat.
 *
 * @since 0.2.0
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class Ending {

  private static final Logger LOG = LoggerFactory.getLogger(Ending.class);

  private final AffiliationParts parts;

  /**
   * Creates the use case.
   *
   * @param parts the module's parts
   */
  public Ending(AffiliationParts parts) {
    this.parts = parts;
  }

  Outcome<Affiliation> withdraw(WithdrawRequest command, Actor actor) {
    Validation.check(command, actor);
    AffiliationId id = command.affiliation();
    return parts.host().command(() -> {
      Affiliation a = allowed(AffiliationAction.CANCEL, id, actor);
      AffiliationEvent.Cancelled event = cancel(a, actor);
      return Outcome.of(parts.lookups().affiliation(id), event);
    });
  }

  Outcome<Affiliation> remove(RemoveAffiliation command, Actor actor) {
    Validation.check(command, actor);
    AffiliationId id = command.affiliation();
    return parts.host().command(() -> {
      Affiliation a = parts.lookups().affiliation(id);
      Set<AffiliationRole> roles = parts.lookups().roles(actor, a);
      AffiliationWorkflow.TABLE.next(a.state(), AffiliationAction.REMOVE, roles);
      AffiliationRole.checkAssurance(parts.accounts().factorPolicy(), actor, roles);
      boolean byOperator = roles.contains(AffiliationRole.OPERATOR);
      List<DomainEvent> events = new ArrayList<>();
      if (byOperator) {
        parts.focalPoints().vacateTiesSeat(a.organisation(), a.account(), actor).ifPresent(events::add);
      } else {
        requireNotSittingTiesFocalPoint(a);
      }
      events.add(end(a, AffiliationAction.REMOVE,
          byOperator ? EndCause.REMOVED_BY_OPERATOR : EndCause.REMOVED_BY_FOCAL_POINT, Optional.empty(), actor,
          command.reason()));
      Affiliation saved = parts.lookups().affiliation(id);
      Organisation organisation = parts.lookups().organisation(a.organisation());
      parts.letters().toUser(saved, "affiliation.removed", organisation, command.reason());
      return new Outcome<>(saved, events);
    });
  }

  Outcome<Affiliation> leave(LeaveOrganisation command, Actor actor) {
    Validation.check(command, actor);
    AffiliationId id = command.affiliation();
    return parts.host().command(() -> {
      Affiliation a = allowed(AffiliationAction.LEAVE, id, actor);
      requireNotSittingTiesFocalPoint(a);
      DomainEvent event = end(a, AffiliationAction.LEAVE, EndCause.LEFT, Optional.empty(), actor, Optional.empty());
      return Outcome.of(parts.lookups().affiliation(id), event);
    });
  }

  /** The affiliation, once the workflow allows the actor's roles towards it the action in its state. */
  private Affiliation allowed(AffiliationAction action, AffiliationId id, Actor actor) {
    Affiliation a = parts.lookups().affiliation(id);
    AffiliationWorkflow.TABLE.next(a.state(), action, parts.lookups().roles(actor, a));
    return a;
  }

  /**
   * The account's current affiliation ends because a newer one is approved or linked; inside the caller's command.
   *
   * @param current the current affiliation
   * @param by the affiliation replacing it
   * @return the event
   * @throws PreconditionFailed {@code affiliation.ties-focal-point-must-hand-over} for the sitting TIES Focal Point
   */
  AffiliationEvent.Ended replace(Affiliation current, AffiliationId by) {
    requireNotSittingTiesFocalPoint(current);
    return end(current, AffiliationAction.REPLACE, EndCause.REPLACED, Optional.of(by),
        Actor.system("affiliation.replace"), Optional.empty());
  }

  /**
   * Cancels an open request; inside the caller's command, which authorised the actor (policies act for an
   * authorised cause).
   *
   * @param a the open request
   * @param actor who cancels it
   * @return the event
   */
  public AffiliationEvent.Cancelled cancel(Affiliation a, Actor actor) {
    AffiliationState next = AffiliationWorkflow.TABLE.next(a.state(), AffiliationAction.CANCEL);
    parts.affiliations().update(a.withState(next));
    return new AffiliationEvent.Cancelled(parts.host().clock().instant(), actor, a.id(), a.account(), a.organisation());
  }

  /**
   * Ends an affiliation; inside the caller's command, which authorised the actor.
   *
   * @param a the affiliation
   * @param action the workflow action that ends it
   * @param cause why it ended
   * @param replacedBy the affiliation replacing it, if any
   * @param actor who ends it
   * @param reason the reason given, if any (the decision's reason is kept otherwise)
   * @return the event
   */
  public AffiliationEvent.Ended end(Affiliation a, AffiliationAction action, EndCause cause,
      Optional<AffiliationId> replacedBy, Actor actor, Optional<String> reason) {
    AffiliationState next = AffiliationWorkflow.TABLE.next(a.state(), action);
    Instant now = parts.host().clock().instant();
    parts.affiliations().update(a.withState(next).withEndedAt(now).withEndCause(cause)
        .withReason(reason.isPresent() ? reason : a.reason()));
    LOG.info("affiliation {} of account {} ended: {}", a.id(), a.account(), cause);
    return new AffiliationEvent.Ended(now, actor, a.id(), a.account(), a.organisation(), cause, a.memberRights(),
        replacedBy);
  }

  /** T5: the sitting TIES Focal Point keeps the approved affiliation until the seat is handed over. */
  void requireNotSittingTiesFocalPoint(Affiliation a) {
    if (a.state() == AffiliationState.APPROVED
        && parts.focalPoints().seatsOf(a.organisation()).sitsInTiesSeat(a.account())) {
      throw new PreconditionFailed(AffiliationRefusals.TIES_FOCAL_POINT_MUST_HAND_OVER,
          "the sitting TIES focal point hands the seat over before the affiliation ends");
    }
  }
}
