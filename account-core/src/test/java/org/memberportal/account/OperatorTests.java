/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.memberportal.account.testkit.AccountFixtures.OPERATOR;

import org.junit.jupiter.api.Test;
import org.memberportal.account.testkit.AccountWorld;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.IllegalTransition;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.NotFound;

class OperatorTests {

  private final AccountWorld world = new AccountWorld();

  private OperatorDecision decision(AccountId id) {
    return OperatorDecision.builder().account(id).reason("service desk ticket 42").build();
  }

  @Test
  void operatorSuspendsAndReactivatesWithAnAuditTrail() {
    AccountId id = world.activeAccount("ada@example.org");

    assertThat(world.accounts.suspend(decision(id), OPERATOR).value().status()).isEqualTo(AccountStatus.SUSPENDED);
    assertThat(world.accounts.reactivate(decision(id), OPERATOR).value().status()).isEqualTo(AccountStatus.ACTIVE);

    assertThat(world.accounts.auditTrail(id, OPERATOR))
        .filteredOn(e -> e instanceof AccountEvent.Suspended || e instanceof AccountEvent.Reactivated)
        .allSatisfy(e -> assertThat(e.actor()).isEqualTo(OPERATOR))
        .hasSize(2);
  }

  @Test
  void operatorClosesAnAccountForGood() {
    AccountId id = world.activeAccount("ada@example.org");
    world.accounts.close(decision(id), OPERATOR);

    IllegalTransition failure = catchThrowableOfType(IllegalTransition.class,
        () -> world.accounts.reactivate(decision(id), OPERATOR));
    assertThat(failure.reason()).isEqualTo("account.illegal-transition");
    assertThat(world.accounts.find(id).orElseThrow().status()).isEqualTo(AccountStatus.CLOSED);
  }

  @Test
  void onlyTheOperatorSuspends() {
    AccountId id = world.activeAccount("ada@example.org");

    assertThat(catchThrowableOfType(NotAllowed.class, () -> world.accounts.suspend(decision(id), Actor.account(id))))
        .isNotNull();
    assertThat(catchThrowableOfType(NotAllowed.class, () -> world.accounts.suspend(decision(id), Actor.anonymous())))
        .isNotNull();
  }

  @Test
  void unknownAccountIsNotFoundForTheOperator() {
    assertThat(catchThrowableOfType(NotFound.class,
        () -> world.accounts.suspend(decision(AccountId.random()), OPERATOR)).reason())
        .isEqualTo("account.not-found");
  }

  @Test
  void holderCannotReadAnotherAccountsTrail() {
    AccountId id = world.activeAccount("ada@example.org");
    AccountId eve = world.activeAccount("eve@example.org");

    assertThat(catchThrowableOfType(NotAllowed.class, () -> world.accounts.auditTrail(id, Actor.account(eve))))
        .isNotNull();
    assertThat(world.accounts.auditTrail(id, Actor.account(id))).isNotEmpty();
  }
}
