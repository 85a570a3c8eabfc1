/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.policy;

import java.util.EnumSet;
import java.util.Optional;
import org.memberportal.account.AccountSummary;
import org.memberportal.affiliation.AffiliationRole;
import org.memberportal.affiliation.focalpoint.FocalPointChange;
import org.memberportal.affiliation.focalpoint.FocalPointEvent;
import org.memberportal.affiliation.focalpoint.FocalPointRole;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.ties.access.Granting;
import org.memberportal.ties.access.TiesAccount;
import org.memberportal.ties.access.TiesAction;
import org.memberportal.ties.access.TiesOrigin;
import org.memberportal.ties.access.TiesWorkflow;
import org.memberportal.ties.access.TiesParts;

/**
 * The TIES seat is only held with TIES access in the organisation: an account the operator appoints TIES Focal
 * Point gets it, even with a request pending. (A hand-over never needs this: its successor must already have
 * TIES access, which the hand-over checks before the seat changes.)
 */
record GrantAccessToAppointee(TiesParts parts, Granting granting) {

  void on(FocalPointEvent.Changed changed) {
    if (changed.seat() != FocalPointRole.TIES || changed.change() != FocalPointChange.APPOINTED_BY_OPERATOR
        || changed.current().isEmpty()) {
      return;
    }
    AccountId holder = changed.current().get();
    Optional<TiesAccount> existing = parts.register().find(holder);
    if (existing.filter(t -> t.activeIn(changed.organisation())).isPresent()) {
      return;
    }
    Actor system = Actor.system("ties.focal-point-appointed");
    parts.host().command(() -> {
      Affiliation affiliation = parts.entitlement().memberAffiliation(holder);
      AccountSummary user = parts.entitlement().activeAccount(holder);
      TiesWorkflow.TABLE.next(TiesAccount.stateOf(existing), TiesAction.ASSIGN, EnumSet.of(AffiliationRole.SYSTEM));
      return granting.grant(existing, affiliation.organisation(), affiliation.id(), user,
          TiesOrigin.FOCAL_POINT_APPOINTMENT, system, Optional.empty());
    });
  }
}
