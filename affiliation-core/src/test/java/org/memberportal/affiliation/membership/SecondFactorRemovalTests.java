/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.memberportal.affiliation.testkit.AffiliationWorld.as;

import org.junit.jupiter.api.Test;
import org.memberportal.account.AccountRefusals;
import org.memberportal.account.AccountSummary;
import org.memberportal.affiliation.testkit.AffiliationWorld;
import org.memberportal.affiliation.testkit.AffiliationWorld.Staffed;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.PreconditionFailed;

/**
 * A focal point's removal of an affiliation needs their second factor when the host's policy says so, as their
 * decisions do (issue 24): refused with the same reasons, with nothing changed; the operator's too. With the policy
 * off, the password alone suffices as before.
 */
class SecondFactorRemovalTests {

  private final AffiliationWorld world = AffiliationWorld.create();
  private final Affiliations affiliations = world.module.affiliations();
  private final Staffed org = world.staffed("Swisscom");
  private final AccountSummary user = world.member(org, "Ana", "Silva");
  private final Affiliation approved = affiliations.approvedAffiliationOf(user.id()).orElseThrow();

  private Outcome<Affiliation> remove(Actor actor) {
    return affiliations.remove(RemoveAffiliation.builder().affiliation(approved.id()).build(), actor);
  }

  private void refused(Actor actor, String reason) {
    assertThatThrownBy(() -> remove(actor)).isInstanceOfSatisfying(PreconditionFailed.class,
        e -> assertThat(e.reason()).isEqualTo(reason));
    assertThat(affiliations.get(approved.id(), world.operator).state()).isEqualTo(AffiliationState.APPROVED);
  }

  @Test
  void aFocalPointIsToldToEnrolThenToSignInWithTheSecondFactorAndThenRemoves() {
    Actor.AccountHolder focalPoint = (Actor.AccountHolder) as(org.itu());
    world.accounts.requireSecondFactorsOfKeyHolders();

    refused(focalPoint, AccountRefusals.SECOND_FACTOR_ENROLMENT_REQUIRED);
    world.accounts.enrolSecondFactor(org.itu().id());
    refused(focalPoint, AccountRefusals.SECOND_FACTOR_REQUIRED);

    assertThat(remove(focalPoint.withSecondFactor()).value().state()).isEqualTo(AffiliationState.REMOVED);
  }

  @Test
  void theOperatorRemovesWithTheSecondFactorWhenThePolicyAsksItOfOperators() {
    world.accounts.requireSecondFactorsOfKeyHolders();

    refused(world.operator, AccountRefusals.SECOND_FACTOR_REQUIRED);

    assertThat(remove(((Actor.Operator) world.operator).withSecondFactor()).value().state())
        .isEqualTo(AffiliationState.REMOVED);
  }

  @Test
  void withThePolicyOffAFocalPointRemovesWithThePasswordAlone() {
    assertThat(remove(as(org.itu())).value().state()).isEqualTo(AffiliationState.REMOVED);
  }
}
