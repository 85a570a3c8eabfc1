/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation;

import java.util.Set;
import org.apiguardian.api.API;
import org.memberportal.account.factor.FactorPolicy;
import org.memberportal.kernel.Actor;

/**
 * The relation of an actor to an affiliation or to an account's TIES access, as the affiliation and TIES workflow
 * tables name it: the seats are read afresh from the organisation's focal points at every command.
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public enum AffiliationRole {
  /** The account holder the subject belongs to. */
  OWNER,
  /** The TIES Focal Point of the subject's organisation. */
  TIES_FOCAL_POINT,
  /** The ITU Focal Point of the subject's organisation. */
  ITU_FOCAL_POINT,
  /** The operator's staff: service desk and administrators. */
  OPERATOR,
  /** The library itself, reacting to an event or a host-run tick. */
  SYSTEM;

  /**
   * Refuses an actor whose roles in a decision, a removal or a hand-over of the TIES seat need a second factor they
   * have not passed (issue 24): a focal point's roles need it when the policy names
   * {@link FactorPolicy.Duty#FOCAL_POINT}, the operator's when it names {@link FactorPolicy.Duty#OPERATOR}.
   *
   * @param policy the host's policy ({@code AccountDirectory.factorPolicy()})
   * @param actor who decides, removes or hands over
   * @param held the roles they act in
   * @throws org.memberportal.kernel.PreconditionFailed {@code account.second-factor-enrolment-required} or
   *     {@code account.second-factor-required}
   * @since 0.2.0
   */
  public static void checkAssurance(FactorPolicy policy, Actor actor, Set<AffiliationRole> held) {
    if (held.contains(TIES_FOCAL_POINT) || held.contains(ITU_FOCAL_POINT)) {
      policy.check(FactorPolicy.Duty.FOCAL_POINT, actor);
    }
    if (held.contains(OPERATOR)) {
      policy.check(FactorPolicy.Duty.OPERATOR, actor);
    }
  }
}
