/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.memberportal.account.AccountRefusals;
import org.memberportal.account.AccountSummary;
import org.memberportal.affiliation.testkit.AffiliationWorld.Staffed;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.PreconditionFailed;
import org.memberportal.ties.testkit.TiesWorld;

/**
 * A focal point's removal of TIES access needs their second factor when the host's policy says so, as their
 * decisions do (issue 24): refused with the same reasons, with nothing changed; the operator's too. With the policy
 * off, the password alone suffices as before.
 */
class SecondFactorTiesRemovalTests {

  private final TiesWorld world = TiesWorld.create();
  private final TiesAccess access = world.access();
  private final Staffed org = world.staffed("Swisscom");
  private final AccountSummary user = world.tiesUser(org, "Ana", "Silva");

  private TiesState remove(Actor actor) {
    return access.remove(RemoveTiesAccess.builder().account(user.id()).build(), actor).value().state();
  }

  private void refused(Actor actor, String reason) {
    assertThatThrownBy(() -> remove(actor)).isInstanceOfSatisfying(PreconditionFailed.class,
        e -> assertThat(e.reason()).isEqualTo(reason));
    assertThat(access.isActive(user.id(), world.operator())).isTrue();
  }

  @Test
  void aFocalPointIsToldToEnrolThenToSignInWithTheSecondFactorAndThenRemoves() {
    Actor.AccountHolder focalPoint = (Actor.AccountHolder) TiesWorld.as(org.itu());
    world.affiliation.accounts.requireSecondFactorsOfKeyHolders();

    refused(focalPoint, AccountRefusals.SECOND_FACTOR_ENROLMENT_REQUIRED);
    world.affiliation.accounts.enrolSecondFactor(org.itu().id());
    refused(focalPoint, AccountRefusals.SECOND_FACTOR_REQUIRED);

    assertThat(remove(focalPoint.withSecondFactor())).isEqualTo(TiesState.REMOVED);
  }

  @Test
  void theOperatorRemovesWithTheSecondFactorWhenThePolicyAsksItOfOperators() {
    world.affiliation.accounts.requireSecondFactorsOfKeyHolders();

    refused(world.operator(), AccountRefusals.SECOND_FACTOR_REQUIRED);

    assertThat(remove(((Actor.Operator) world.operator()).withSecondFactor())).isEqualTo(TiesState.REMOVED);
  }

  @Test
  void withThePolicyOffAFocalPointRemovesWithThePasswordAlone() {
    assertThat(remove(TiesWorld.as(org.itu()))).isEqualTo(TiesState.REMOVED);
  }
}
