/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.focalpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.memberportal.affiliation.testkit.AffiliationWorld.as;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.memberportal.account.AccountRefusals;
import org.memberportal.account.AccountSummary;
import org.memberportal.affiliation.testkit.AffiliationWorld;
import org.memberportal.affiliation.testkit.AffiliationWorld.Staffed;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.PreconditionFailed;

/**
 * A hand-over of the TIES seat needs the second factor the host's policy asks of the actor's role, as a decision
 * does (issue 24): the focal point's confirmed hand-over and the operator's are refused with the same reasons, and
 * the seat stays. With the policy off, the password alone suffices as before.
 */
class SecondFactorHandOverTests {

  private final AffiliationWorld world = AffiliationWorld.create();
  private final FocalPoints focalPoints = world.module.focalPoints();
  private final Staffed org = world.staffed("Swisscom");
  private final AccountSummary successor = world.member(org, "Sam", "Successor");
  private final HandOverTiesFocalPoint toSuccessor = HandOverTiesFocalPoint.builder()
      .organisation(org.organisation().id()).successor(successor.id()).build();

  private void refused(ThrowingCallable handOver, String reason) {
    assertThatThrownBy(handOver).isInstanceOfSatisfying(PreconditionFailed.class,
        e -> assertThat(e.reason()).isEqualTo(reason));
    assertThat(focalPoints.seatsOf(org.organisation().id()).ties()).contains(org.ties().id());
  }

  @Test
  void aFocalPointIsToldToEnrolThenToSignInWithTheSecondFactorAndThenHandsOver() {
    Actor.AccountHolder focalPoint = (Actor.AccountHolder) as(org.ties());
    ConfirmedHandOver confirmed = world.confirmedHandOver();
    world.accounts.requireSecondFactorsOfKeyHolders();

    refused(() -> confirmed.handOver(toSuccessor, focalPoint), AccountRefusals.SECOND_FACTOR_ENROLMENT_REQUIRED);
    world.accounts.enrolSecondFactor(org.ties().id());
    refused(() -> confirmed.handOver(toSuccessor, focalPoint), AccountRefusals.SECOND_FACTOR_REQUIRED);

    assertThat(confirmed.handOver(toSuccessor, focalPoint.withSecondFactor()).value().ties())
        .contains(successor.id());
  }

  @Test
  void theOperatorHandsOverWithTheSecondFactorWhenThePolicyAsksItOfOperators() {
    world.accounts.requireSecondFactorsOfKeyHolders();

    refused(() -> focalPoints.handOverTies(toSuccessor, world.operator), AccountRefusals.SECOND_FACTOR_REQUIRED);

    assertThat(focalPoints.handOverTies(toSuccessor, ((Actor.Operator) world.operator).withSecondFactor()).value()
        .ties()).contains(successor.id());
  }

  @Test
  void withThePolicyOffAFocalPointHandsOverWithThePasswordAlone() {
    assertThat(world.confirmedHandOver().handOver(toSuccessor, as(org.ties())).value().ties())
        .contains(successor.id());
  }
}
