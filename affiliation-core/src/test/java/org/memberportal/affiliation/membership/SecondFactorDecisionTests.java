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
import org.memberportal.kernel.PreconditionFailed;

/**
 * A focal point's decision needs their second factor when the host's policy says so (issue 24): refused, with
 * nothing changed, until they enrol one and sign in with it; the operator's too.
 */
class SecondFactorDecisionTests {

  private final AffiliationWorld world = AffiliationWorld.create();
  private final Affiliations affiliations = world.module.affiliations();

  private static DecideAffiliation decide(Affiliation a) {
    return DecideAffiliation.builder().affiliation(a.id()).build();
  }

  private void refused(Runnable decision, String reason) {
    assertThatThrownBy(decision::run).isInstanceOfSatisfying(PreconditionFailed.class,
        e -> assertThat(e.reason()).isEqualTo(reason));
  }

  @Test
  void aFocalPointIsToldToEnrolThenToSignInWithTheSecondFactorAndThenDecides() {
    Staffed org = world.staffed("Swisscom");
    AccountSummary user = world.accounts.active("Ana", "Silva");
    Affiliation request = world.request(user, org.organisation(), false);
    Actor.AccountHolder focalPoint = (Actor.AccountHolder) as(org.itu());
    // the organisation was staffed before the host turned the policy on
    world.accounts.requireSecondFactorsOfKeyHolders();

    refused(() -> affiliations.approve(decide(request), focalPoint), AccountRefusals.SECOND_FACTOR_ENROLMENT_REQUIRED);
    world.accounts.enrolSecondFactor(org.itu().id());
    refused(() -> affiliations.reject(decide(request), focalPoint), AccountRefusals.SECOND_FACTOR_REQUIRED);
    assertThat(affiliations.get(request.id(), world.operator).state()).isEqualTo(AffiliationState.PENDING);

    assertThat(affiliations.approve(decide(request), focalPoint.withSecondFactor()).value().state())
        .isEqualTo(AffiliationState.APPROVED);
  }
}
