/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.access;

import java.util.EnumSet;
import java.util.Set;
import org.memberportal.affiliation.AffiliationRole;
import org.memberportal.affiliation.focalpoint.FocalPoints;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.ties.TiesRefusals;

/**
 * The roles an actor holds towards an account's TIES access: the focal point seats of its organisation, read
 * afresh, {@code OPERATOR} or {@code SYSTEM}, and {@code OWNER} for the account's holder.
 */
final class TiesRoles {

  /** The focal point roles, which the owner drops: nobody decides or grants their own TIES access. */
  static final Set<AffiliationRole> FOCAL_POINT = EnumSet.of(AffiliationRole.TIES_FOCAL_POINT,
      AffiliationRole.ITU_FOCAL_POINT);

  private final FocalPoints focalPoints;

  TiesRoles(FocalPoints focalPoints) {
    this.focalPoints = focalPoints;
  }

  Set<AffiliationRole> of(Actor actor, AccountId account, OrganisationId organisation) {
    Set<AffiliationRole> roles = EnumSet.noneOf(AffiliationRole.class);
    roles.addAll(focalPoints.rolesOf(actor, organisation));
    if (actor.holds(account)) {
      roles.add(AffiliationRole.OWNER);
    }
    return roles;
  }

  /** Fails early for actors who could never take the action, so they learn nothing about the account. */
  static void requireMayEver(TiesAction action, Actor actor) {
    Set<AffiliationRole> possible = EnumSet.noneOf(AffiliationRole.class);
    if (actor instanceof Actor.AccountHolder) {
      possible.addAll(EnumSet.of(AffiliationRole.OWNER, AffiliationRole.TIES_FOCAL_POINT,
          AffiliationRole.ITU_FOCAL_POINT));
    } else if (actor instanceof Actor.Operator) {
      possible.add(AffiliationRole.OPERATOR);
    } else if (actor instanceof Actor.System) {
      possible.add(AffiliationRole.SYSTEM);
    }
    boolean may = TiesWorkflow.TABLE.transitions().stream()
        .anyMatch(t -> t.action() == action && t.roles().stream().anyMatch(possible::contains));
    if (!may) {
      throw new NotAllowed(TiesRefusals.NOT_ALLOWED, "ties: " + action.name() + " is not allowed");
    }
  }
}
