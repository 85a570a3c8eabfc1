/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.factor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.memberportal.account.factor.FactorSteps.reason;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.memberportal.account.AccountRefusals;
import org.memberportal.account.AccountStatus;
import org.memberportal.account.OperatorDecision;
import org.memberportal.account.factor.FactorPolicy.Duty;
import org.memberportal.account.testkit.AccountFixtures;
import org.memberportal.account.testkit.AccountWorld;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Assurance;
import org.memberportal.kernel.Validation;

/** The host's rule of who must have passed a second factor, and the precise reasons of its refusals. */
class FactorPolicyTests {

  private final AccountWorld world = new AccountWorld(b -> b.factorPolicy(FactorPolicy::keyHolders));
  private final AccountId ada = world.activeAccount("ada@example.org");
  private final SecondFactors factors = world.accounts.secondFactors();
  private final FactorPolicy policy = FactorPolicy.keyHolders(factors);

  @Test
  void aHolderWithNoFactorIsToldToEnrolFirstAndOneWithAFactorToSignInWithIt() {
    Actor.AccountHolder holder = Actor.account(ada);
    assertThat(reason(() -> policy.check(Duty.FOCAL_POINT, holder)))
        .isEqualTo(AccountRefusals.SECOND_FACTOR_ENROLMENT_REQUIRED);

    FactorSteps.reauthenticate(factors, ada);
    AuthenticatorKey key = factors.startTotp(ada, holder).value();
    factors.confirmTotp(FactorCode.builder().account(ada).code(Totp.codeAt(key.key(), world.clock.instant()))
        .build(), holder);
    assertThat(reason(() -> policy.check(Duty.FOCAL_POINT, holder)))
        .isEqualTo(AccountRefusals.SECOND_FACTOR_REQUIRED);
    world.clock.advance(Duration.ofSeconds(30));
    Actor.AccountHolder upgraded = factors.verifyTotp(FactorCode.builder().account(ada)
        .code(Totp.codeAt(key.key(), world.clock.instant())).build(), holder).value();
    assertThatCode(() -> policy.check(Duty.FOCAL_POINT, upgraded)).doesNotThrowAnyException();
    assertThatCode(() -> policy.check(Duty.FOCAL_POINT, upgraded.in(java.util.Locale.FRENCH)))
        .as("the assurance survives a change of language").doesNotThrowAnyException();
  }

  @Test
  void theOperatorsDecisionsOnAccountsNeedTheirSecondFactorWhenTheHostSaysSo() {
    OperatorDecision decision = OperatorDecision.builder().account(ada).reason("ticket 42").build();
    Actor.Operator operator = (Actor.Operator) AccountFixtures.OPERATOR;

    assertThat(reason(() -> world.accounts.suspend(decision, operator)))
        .isEqualTo(AccountRefusals.SECOND_FACTOR_REQUIRED);
    assertThat(world.accounts.find(ada).orElseThrow().status()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(world.accounts.suspend(decision, operator.withSecondFactor()).value().status())
        .isEqualTo(AccountStatus.SUSPENDED);
  }

  @Test
  void withoutAPolicyNoOneIsAskedAndTheSystemNeverIs() {
    assertThatCode(() -> FactorPolicy.none().check(Duty.OPERATOR, AccountFixtures.OPERATOR))
        .doesNotThrowAnyException();
    assertThatCode(() -> policy.check(Duty.OPERATOR, Actor.system("reminders"))).doesNotThrowAnyException();
    AccountWorld plain = new AccountWorld();
    AccountId grace = plain.activeAccount("grace@example.org");
    assertThat(plain.accounts.suspend(OperatorDecision.builder().account(grace).reason("ticket 43").build(),
        AccountFixtures.OPERATOR).value().status()).isEqualTo(AccountStatus.SUSPENDED);
  }

  @Test
  void bothReasonsHaveAnEnglishAndAFrenchSentence() {
    for (String reason : new String[] {AccountRefusals.SECOND_FACTOR_REQUIRED,
        AccountRefusals.SECOND_FACTOR_ENROLMENT_REQUIRED}) {
      assertThat(Validation.hasOwnMessage(reason, java.util.Locale.ENGLISH)).isTrue();
      assertThat(Validation.hasOwnMessage(reason, java.util.Locale.FRENCH)).isTrue();
    }
    assertThat(Actor.account(ada).assurance()).isEqualTo(Assurance.PASSWORD);
  }
}
