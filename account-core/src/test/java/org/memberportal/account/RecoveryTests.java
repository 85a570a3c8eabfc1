/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.memberportal.account.testkit.AccountFixtures.OTHER_PASSWORD;
import static org.memberportal.account.testkit.AccountFixtures.PASSWORD;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.memberportal.account.testkit.AccountWorld;
import org.memberportal.account.testkit.Requesters;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.PreconditionFailed;
import org.memberportal.kernel.Secret;
import org.memberportal.kernel.ValidationFailed;
import org.memberportal.kernel.Violation;

class RecoveryTests {

  private static final String ADA = "ada@example.org";
  private final AccountWorld world = new AccountWorld();

  private Outcome<Acknowledgement> forgot(String email) {
    return world.accounts.forgotPassword(ForgotPassword.builder().email(email).build(), Actor.anonymous());
  }

  private Outcome<AccountSummary> reset(Secret code, String password) {
    return world.accounts.resetPassword(ResetPassword.builder().email(ADA).code(code)
        .password(Secret.of(password)).passwordConfirmation(Secret.of(password)).build(), Actor.anonymous());
  }

  private SignInResult signIn(String password) {
    return world.accounts.signIn(SignIn.builder().email(ADA).password(Secret.of(password)).build(),
        Actor.anonymous()).value();
  }

  @Test
  void forgotPasswordNeverRevealsWhetherTheAccountExists() {
    world.activeAccount(ADA);

    Acknowledgement known = forgot(ADA).value();
    Acknowledgement unknown = forgot("nobody@example.org").value();

    assertThat(known.getClass()).isEqualTo(unknown.getClass());
    assertThat(world.mails(ADA, AccountNotifications.RESET_CODE)).hasSize(1);
  }

  @Test
  void resetSetsTheNewPasswordAndEmailsPasswordChanged() {
    world.activeAccount(ADA);
    forgot(ADA);

    reset(world.lastCode(ADA, AccountNotifications.RESET_CODE), OTHER_PASSWORD);

    assertThat(signIn(OTHER_PASSWORD)).isInstanceOf(SignInResult.SignedIn.class);
    assertThat(signIn(PASSWORD)).isInstanceOf(SignInResult.Rejected.class);
    assertThat(world.mails(ADA, AccountNotifications.PASSWORD_CHANGED)).hasSize(1);
  }

  @Test
  void resetCodeIsSingleUse() {
    world.activeAccount(ADA);
    forgot(ADA);
    Secret code = world.lastCode(ADA, AccountNotifications.RESET_CODE);
    reset(code, OTHER_PASSWORD);

    assertThat(catchThrowableOfType(PreconditionFailed.class, () -> reset(code, "Third-Password-99")).reason())
        .isEqualTo(UserAccounts.CODE_REJECTED);
  }

  @Test
  void resetCodeIsValidTenMinutes() {
    world.activeAccount(ADA);
    forgot(ADA);
    world.clock.advance(Duration.ofMinutes(10));

    assertThat(catchThrowableOfType(PreconditionFailed.class,
        () -> reset(world.lastCode(ADA, AccountNotifications.RESET_CODE), OTHER_PASSWORD))).isNotNull();
  }

  @Test
  void aNewResetCodeKillsTheOutstandingOne() {
    world.activeAccount(ADA);
    forgot(ADA);
    Secret first = world.lastCode(ADA, AccountNotifications.RESET_CODE);
    world.clock.advance(Duration.ofMinutes(1));
    forgot(ADA);
    Secret second = world.lastCode(ADA, AccountNotifications.RESET_CODE);

    if (!first.equals(second)) {
      assertThat(catchThrowableOfType(PreconditionFailed.class, () -> reset(first, OTHER_PASSWORD))).isNotNull();
    }
    assertThat(reset(second, OTHER_PASSWORD).value().status()).isEqualTo(AccountStatus.ACTIVE);
  }

  @Test
  void resetAppliesThePasswordPolicyWithoutUsingTheCode() {
    world.activeAccount(ADA);
    forgot(ADA);
    Secret code = world.lastCode(ADA, AccountNotifications.RESET_CODE);

    ValidationFailed failure = catchThrowableOfType(ValidationFailed.class, () -> reset(code, "lovelace-Ada-1"));

    assertThat(failure.violations()).extracting(Violation::code).contains("account.password.contains-name");
    assertThat(reset(code, OTHER_PASSWORD).value().status()).isEqualTo(AccountStatus.ACTIVE);
  }

  @Test
  void aLockoutNeverBlocksPasswordReset() {
    AccountId id = world.activeAccount(ADA);
    for (int i = 0; i < 6; i++) {
      signIn("Wrong-Password-1");
    }
    assertThat(world.module.store().find(id).orElseThrow().lockout().lockedUntil()).isNotNull();

    forgot(ADA);
    reset(world.lastCode(ADA, AccountNotifications.RESET_CODE), OTHER_PASSWORD);

    assertThat(world.module.store().find(id).orElseThrow().lockout().failures()).isZero();
    assertThat(signIn(OTHER_PASSWORD)).isInstanceOf(SignInResult.SignedIn.class);
  }

  private static final String HOLDER = "198.51.100.7";

  private void forgotFrom(String requester) {
    world.accounts.forgotPassword(ForgotPassword.builder().email(ADA).requester(requester).build(),
        Actor.anonymous());
  }

  private Outcome<AccountSummary> resetFrom(String requester, Secret code, String password) {
    return world.accounts.resetPassword(ResetPassword.builder().email(ADA).code(code).requester(requester)
        .password(Secret.of(password)).passwordConfirmation(Secret.of(password)).build(), Actor.anonymous());
  }

  private Secret holderAsksForACode() {
    world.activeAccount(ADA);
    forgotFrom(HOLDER);
    return world.lastCode(ADA, AccountNotifications.RESET_CODE);
  }

  @Test
  void aFloodFromOtherRequestersNeverStopsTheHolderFromResetting() {
    Secret holders = holderAsksForACode();

    // nine strangers each ask for codes all day long and guess codes, from their own addresses
    for (String stranger : Requesters.outsideGroupOf(HOLDER, 9, world.secrets)) {
      for (int i = 0; i < 5; i++) {
        forgotFrom(stranger);
        world.clock.advance(Duration.ofSeconds(61));
      }
      for (int guess = 0; guess < 10; guess++) {
        String wrong = String.format("%06d", guess);
        catchThrowableOfType(PreconditionFailed.class, () -> resetFrom(stranger, Secret.of(wrong), OTHER_PASSWORD));
      }
    }
    world.clock.advance(Duration.ofHours(2));

    // the holder's code expired meanwhile; the holder asks again and resets, whatever the strangers did
    forgotFrom(HOLDER);
    Secret fresh = world.lastCode(ADA, AccountNotifications.RESET_CODE);
    assertThat(fresh).isNotEqualTo(holders);
    assertThat(resetFrom(HOLDER, fresh, OTHER_PASSWORD).value().status()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(signIn(OTHER_PASSWORD)).isInstanceOf(SignInResult.SignedIn.class);
  }

  @Test
  void requestsFromOtherRequestersNeitherKillNorExhaustTheHoldersCode() {
    Secret holders = holderAsksForACode();

    String stranger = Requesters.outsideGroupOf(HOLDER, 1, world.secrets).get(0);
    world.clock.advance(Duration.ofSeconds(61));
    forgotFrom(stranger);
    for (int guess = 0; guess < 6; guess++) {
      String wrong = String.format("%06d", guess);
      catchThrowableOfType(PreconditionFailed.class, () -> resetFrom(stranger, Secret.of(wrong), OTHER_PASSWORD));
    }

    assertThat(resetFrom(HOLDER, holders, OTHER_PASSWORD).value().status()).isEqualTo(AccountStatus.ACTIVE);
  }

  @Test
  void aFloodFromAnyNumberOfRequestersSendsAtMostTwentyResetEmailsADay() {
    world.activeAccount(ADA);

    for (String stranger : Requesters.outsideGroupOf(HOLDER, 40, world.secrets)) {
      for (int i = 0; i < 3; i++) {
        forgotFrom(stranger);
        world.clock.advance(Duration.ofSeconds(61));
      }
    }
    for (int i = 0; i < 12; i++) {
      forgot(ADA);
      world.clock.advance(Duration.ofSeconds(61));
    }

    assertThat(world.mails(ADA, AccountNotifications.RESET_CODE)).hasSize(20);
    world.clock.advance(Duration.ofDays(1));
    forgotFrom(HOLDER);
    assertThat(world.mails(ADA, AccountNotifications.RESET_CODE)).hasSize(21);
  }

  @Test
  void eachRequesterGroupGetsAtMostTwoCodesADay() {
    world.activeAccount(ADA);
    for (int i = 0; i < 5; i++) {
      forgotFrom(HOLDER);
      world.clock.advance(Duration.ofMinutes(5));
    }

    assertThat(world.mails(ADA, AccountNotifications.RESET_CODE)).hasSize(2);
  }

  @Test
  void aResetKillsEveryOutstandingResetCode() {
    world.activeAccount(ADA);
    String other = Requesters.outsideGroupOf(HOLDER, 1, world.secrets).get(0);
    forgotFrom(other);
    Secret first = world.lastCode(ADA, AccountNotifications.RESET_CODE);
    forgotFrom(HOLDER);
    Secret second = world.lastCode(ADA, AccountNotifications.RESET_CODE);

    resetFrom(HOLDER, second, OTHER_PASSWORD);

    assertThat(catchThrowableOfType(PreconditionFailed.class,
        () -> resetFrom(other, first, "Third-Meadow-99")).reason()).isEqualTo(UserAccounts.CODE_REJECTED);
  }

  @Test
  void aCodeWorksOnlyForTheRequesterGroupItWasSentTo() {
    Secret code = holderAsksForACode();
    String other = Requesters.outsideGroupOf(HOLDER, 1, world.secrets).get(0);

    assertThat(catchThrowableOfType(PreconditionFailed.class, () -> resetFrom(other, code, OTHER_PASSWORD)))
        .isNotNull();
    assertThat(catchThrowableOfType(PreconditionFailed.class, () -> reset(code, OTHER_PASSWORD))).isNotNull();
    assertThat(resetFrom(HOLDER, code, OTHER_PASSWORD).value().status()).isEqualTo(AccountStatus.ACTIVE);
  }
}
