/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.focalpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.memberportal.affiliation.testkit.AffiliationWorld.as;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.memberportal.account.AccountSummary;
import org.memberportal.affiliation.testkit.AffiliationWorld;
import org.memberportal.affiliation.testkit.AffiliationWorld.Staffed;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.PreconditionFailed;

/**
 * T4: the one rule for who may take the TIES seat is the one the TIES module gives with the hand-over hook; every
 * hand-over, the operator's and the confirmed one, applies it before the seat changes, after the affiliation
 * module's own rules (an active account, an approved affiliation).
 */
class TiesSeatEligibilityTests {

  private final AffiliationWorld world = AffiliationWorld.create();
  private final FocalPoints focalPoints = world.module.focalPoints();
  private final Staffed org = world.staffed("Swisscom");
  private final AccountSummary successor = world.member(org, "Sam", "Successor");
  private final List<AccountId> asked = new ArrayList<>();
  private final ConfirmedHandOver confirmed = focalPoints.confirmedHandOver((organisation, account) -> {
    asked.add(account);
    throw new PreconditionFailed("test.not-eligible", "the module's rule refuses");
  });

  private HandOverTiesFocalPoint to(AccountSummary account) {
    return HandOverTiesFocalPoint.builder().organisation(org.organisation().id()).successor(account.id()).build();
  }

  @Test
  void theOperatorsHandOverMeetsTheRuleBeforeTheSeatChanges() {
    int events = world.events().size();
    int mails = world.kernel.outbox().entries().size();

    assertThatThrownBy(() -> focalPoints.handOverTies(to(successor), world.operator))
        .isInstanceOf(PreconditionFailed.class).hasFieldOrPropertyWithValue("reason", "test.not-eligible");

    assertThat(asked).containsExactly(successor.id());
    assertThat(focalPoints.seatsOf(org.organisation().id()).ties()).contains(org.ties().id());
    assertThat(world.events()).hasSize(events);
    assertThat(world.kernel.outbox().entries()).hasSize(mails);
  }

  @Test
  void theConfirmedHandOverMeetsTheSameRule() {
    assertThatThrownBy(() -> confirmed.handOver(to(successor), as(org.ties())))
        .isInstanceOf(PreconditionFailed.class).hasFieldOrPropertyWithValue("reason", "test.not-eligible");

    assertThat(focalPoints.seatsOf(org.organisation().id()).ties()).contains(org.ties().id());
  }

  @Test
  void theAffiliationModulesOwnRulesComeFirst() {
    AccountSummary outsider = world.accounts.active("Olga", "Outsider");

    assertThatThrownBy(() -> focalPoints.handOverTies(to(outsider), world.operator))
        .hasFieldOrPropertyWithValue("reason", "affiliation.focal-point-not-affiliated");
    assertThat(asked).isEmpty();
  }

  @Test
  void theRuleIsGivenOnceWithTheHook() {
    assertThatThrownBy(() -> focalPoints.confirmedHandOver(TiesSeatEligibility.affiliationSuffices()))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> focalPoints.handOverTies(to(successor), world.operator))
        .hasFieldOrPropertyWithValue("reason", "test.not-eligible");
  }
}
