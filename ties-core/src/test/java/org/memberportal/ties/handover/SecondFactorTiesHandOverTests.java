/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.memberportal.account.AccountRefusals;
import org.memberportal.account.AccountSummary;
import org.memberportal.affiliation.focalpoint.FocalPointSeats;
import org.memberportal.affiliation.testkit.AffiliationWorld.Staffed;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.PreconditionFailed;
import org.memberportal.kernel.Secret;
import org.memberportal.ties.testkit.TiesWorld;

/**
 * The two steps of a TIES hand-over (T4) need the focal point's second factor when the host's policy says so, as
 * their decisions do (issue 24): preparing and confirming are refused with the same reasons, and the seat stays;
 * a refused confirmation keeps its token. With the policy off, the password alone suffices as before.
 */
class SecondFactorTiesHandOverTests {

  private final TiesWorld world = TiesWorld.create();
  private final TiesFocalPoints focalPoints = world.ties.focalPoints();
  private final Staffed org = world.staffed("Swisscom");
  private final AccountSummary successor = world.tiesUser(org, "Sam", "Successor");
  private final Actor.AccountHolder focalPoint = (Actor.AccountHolder) TiesWorld.as(org.ties());

  private Secret prepare(Actor by) {
    return focalPoints.prepare(PrepareTiesHandOver.builder().organisation(org.organisation().id())
        .successor(successor.id()).build(), by).value().token();
  }

  private FocalPointSeats confirm(Secret token, Actor by) {
    return focalPoints.confirm(ConfirmTiesHandOver.builder().token(token).build(), by).value();
  }

  private void refused(ThrowingCallable step, String reason) {
    assertThatThrownBy(step).isInstanceOfSatisfying(PreconditionFailed.class,
        e -> assertThat(e.reason()).isEqualTo(reason));
    assertThat(world.affiliation.module.focalPoints().seatsOf(org.organisation().id()).ties())
        .contains(org.ties().id());
  }

  @Test
  void aFocalPointIsToldToEnrolThenToSignInWithTheSecondFactorToPrepareAndToConfirm() {
    world.affiliation.accounts.requireSecondFactorsOfKeyHolders();

    refused(() -> prepare(focalPoint), AccountRefusals.SECOND_FACTOR_ENROLMENT_REQUIRED);
    world.affiliation.accounts.enrolSecondFactor(org.ties().id());
    refused(() -> prepare(focalPoint), AccountRefusals.SECOND_FACTOR_REQUIRED);
    Secret token = prepare(focalPoint.withSecondFactor());
    refused(() -> confirm(token, focalPoint), AccountRefusals.SECOND_FACTOR_REQUIRED);

    assertThat(confirm(token, focalPoint.withSecondFactor()).ties()).contains(successor.id());
  }

  @Test
  void withThePolicyOffAFocalPointHandsOverWithThePasswordAlone() {
    assertThat(confirm(prepare(focalPoint), focalPoint).ties()).contains(successor.id());
  }
}
