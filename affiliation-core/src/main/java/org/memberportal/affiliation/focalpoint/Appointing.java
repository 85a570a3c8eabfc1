/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.focalpoint;

import java.util.Optional;
import org.memberportal.account.AccountSummary;
import org.memberportal.affiliation.AffiliationRefusals;
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
 * The operator appoints a focal point (F8): the ITU seat (set or change), or the TIES seat where it is vacant,
 * for an active account; a TIES Focal Point holds an approved affiliation with the organisation.
 */
record Appointing(Host host, FocalPointRegister seats, SeatRules rules, ChangingSeats changing) {

  Outcome<FocalPointSeats> appoint(AppointFocalPoint command, Actor actor) {
    Validation.check(command, actor);
    if (!(actor instanceof Actor.Operator)) {
      throw new NotAllowed(AffiliationRefusals.OPERATOR_ONLY, "only the operator appoints focal points");
    }
    OrganisationId org = command.organisation();
    FocalPointRole seat = command.seat();
    AccountId account = command.account();
    return host.command(() -> {
      Organisation organisation = rules.memberOrganisation(org);
      AccountSummary holder = rules.activeAccount(account);
      FocalPointSeats current = seats.find(org).orElse(FocalPointSeats.vacant(org));
      if (current.holder(seat).filter(account::equals).isPresent()) {
        throw new Conflict(AffiliationRefusals.FOCAL_POINT_UNCHANGED, "already in the seat");
      }
      if (seat == FocalPointRole.TIES) {
        if (current.ties().isPresent()) {
          throw new PreconditionFailed(AffiliationRefusals.TIES_FOCAL_POINT_SITTING,
              "the sitting TIES focal point hands the seat over");
        }
        rules.requireApprovedAffiliation(account, org);
      }
      return changing.change(current, seat, Optional.of(holder), FocalPointChange.APPOINTED_BY_OPERATOR, actor,
          organisation);
    });
  }
}
