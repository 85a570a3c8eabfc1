/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.focalpoint;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.memberportal.account.AccountSummary;
import org.memberportal.affiliation.AffiliationRefusals;
import org.memberportal.affiliation.AffiliationRole;
import org.memberportal.affiliation.organisation.Organisation;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.affiliation.port.FocalPointRegister;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.PreconditionFailed;
import org.memberportal.kernel.Validation;

/**
 * The TIES seat changes hands (T4), for the operator at once and for a focal point's confirmed hand-over: the
 * actor is judged on the seats it replaces, with the second factor the host's policy asks of its role there, and
 * the successor must be eligible (an active account, an approved affiliation, and the {@link TiesSeatEligibility}
 * the TIES module supplied) before anything changes.
 */
final class HandingOver {

  private static final Set<AffiliationRole> MAY_HAND_OVER =
      EnumSet.of(AffiliationRole.TIES_FOCAL_POINT, AffiliationRole.ITU_FOCAL_POINT, AffiliationRole.OPERATOR);

  private final Host host;
  private final FocalPointRegister seats;
  private final SeatRules rules;
  private final ChangingSeats changing;
  private volatile TiesSeatEligibility eligibility = TiesSeatEligibility.affiliationSuffices();

  HandingOver(Host host, FocalPointRegister seats, SeatRules rules, ChangingSeats changing) {
    this.host = host;
    this.seats = seats;
    this.rules = rules;
    this.changing = changing;
  }

  /** The TIES module's rule, received once with the {@link ConfirmedHandOver} hook. */
  void receive(TiesSeatEligibility rule) {
    this.eligibility = rule;
  }

  Outcome<FocalPointSeats> handOver(HandOverTiesFocalPoint command, Actor actor) {
    Validation.check(command, actor);
    OrganisationId org = command.organisation();
    AccountId successor = command.successor();
    return host.command(() -> {
      Organisation organisation = rules.organisation(org);
      // the actor's authority is judged on the very seats this command replaces: if a hand-over commits
      // meanwhile, the versioned save refuses this one (a second read could see the seats after it, and let a
      // former focal point hand over a seat that is no longer theirs)
      FocalPointSeats current = seats.find(org).orElse(FocalPointSeats.vacant(org));
      if (current.rolesOf(actor).stream().noneMatch(MAY_HAND_OVER::contains)) {
        throw new NotAllowed(AffiliationRefusals.NOT_A_FOCAL_POINT, "only the organisation's focal points hand over");
      }
      if (current.ties().isEmpty()) {
        throw new PreconditionFailed(AffiliationRefusals.NO_TIES_FOCAL_POINT,
            "no sitting TIES focal point: appoint one");
      }
      if (current.ties().get().equals(successor)) {
        throw new Conflict(AffiliationRefusals.FOCAL_POINT_UNCHANGED, "already in the seat");
      }
      AffiliationRole.checkAssurance(rules.accounts().factorPolicy(), actor, current.rolesOf(actor));
      AccountSummary holder = rules.activeAccount(successor);
      rules.requireApprovedAffiliation(successor, org);
      eligibility.requireEligible(org, successor);
      return changing.change(current, FocalPointRole.TIES, Optional.of(holder), FocalPointChange.HANDED_OVER, actor,
          organisation);
    });
  }
}
