/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.memberportal.account.testkit.AccountFixtures.OPERATOR;
import static org.memberportal.account.testkit.AccountFixtures.PASSWORD;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.memberportal.account.credential.PasswordHash;
import org.memberportal.account.credential.PasswordHashing;
import org.memberportal.account.signin.SignInThrottle;
import org.memberportal.account.testkit.AccountWorld;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.Secret;

class SignInTests {

  private static final String ADA = "ada@example.org";
  private final AccountWorld world = new AccountWorld();

  private Outcome<SignInResult> signIn(String email, String password) {
    return world.accounts.signIn(SignIn.builder().email(email).password(Secret.of(password)).build(),
        Actor.anonymous());
  }

  private Account stored(AccountId id) {
    return world.module.store().find(id).orElseThrow();
  }

  @Test
  void rightPasswordSignsAnActiveAccountIn() {
    AccountId id = world.activeAccount(ADA);

    Outcome<SignInResult> outcome = signIn("Ada@Example.org", PASSWORD);

    assertThat(outcome.value()).isEqualTo(new SignInResult.SignedIn(id));
    assertThat(outcome.events()).hasAtLeastOneElementOfType(AccountEvent.SignInSucceeded.class);
  }

  @Test
  void unknownEmailAndWrongPasswordGetTheSameAnswer() {
    world.activeAccount(ADA);

    SignInResult unknown = signIn("nobody@example.org", PASSWORD).value();
    SignInResult wrong = signIn(ADA, "Wrong-Password-1").value();

    assertThat(unknown).isEqualTo(wrong).isEqualTo(new SignInResult.Rejected());
  }

  @Test
  void buildingTheServiceMakesNoDummyHash() {
    AccountWorld fresh = new AccountWorld();

    assertThat(fresh.hasher.hashes()).isZero();
    assertThat(fresh.hasher.dummies()).isZero();
  }

  @Test
  void unknownAndKnownEmailBothCallTheHasherOnce() {
    world.activeAccount(ADA);
    world.hasher.reset();
    signIn("nobody@example.org", PASSWORD);
    int unknown = world.hasher.matchCalls() + world.hasher.hashes();
    world.hasher.reset();
    signIn(ADA, "Wrong-Password-1");
    int known = world.hasher.matchCalls() + world.hasher.hashes();

    assertThat(unknown).isEqualTo(1);
    assertThat(known).isEqualTo(1);
  }

  @Test
  void failuresAndSuccessesAreAuditEvents() {
    AccountId id = world.activeAccount(ADA);
    signIn(ADA, "Wrong-Password-1");
    signIn(ADA, PASSWORD);

    assertThat(world.accounts.auditTrail(id, OPERATOR))
        .extracting(e -> e.getClass().getSimpleName())
        .containsSubsequence("SignInFailed", "SignInSucceeded");
  }

  @Test
  void lockoutGrowsBySixtySecondsAStepAfterTheFreeFailures() {
    AccountId id = world.activeAccount(ADA);
    for (int i = 0; i < 3; i++) {
      signIn(ADA, "Wrong-Password-1");
    }
    assertThat(stored(id).lockout().lockedUntil()).isNull();

    signIn(ADA, "Wrong-Password-1");
    Instant now = world.clock.instant();
    assertThat(stored(id).lockout().lockedUntil()).isEqualTo(now.plusSeconds(60));

    world.clock.advance(Duration.ofSeconds(60));
    signIn(ADA, "Wrong-Password-1");
    assertThat(stored(id).lockout().lockedUntil()).isEqualTo(world.clock.instant().plusSeconds(120));
  }

  @Test
  void lockoutIsCappedAtFifteenMinutes() {
    SignInThrottle throttle = SignInThrottle.defaults();
    var state = org.memberportal.account.signin.Lockout.NONE;
    Instant t = Instant.parse("2026-01-05T09:00:00Z");
    for (int i = 0; i < 40; i++) {
      state = throttle.afterFailure(state, t);
    }

    assertThat(state.lockedUntil()).isEqualTo(t.plus(Duration.ofMinutes(15)));
  }

  @Test
  void aLockedAccountIsRefusedEvenWithTheRightPasswordUntilItsTime() {
    world.activeAccount(ADA);
    for (int i = 0; i < 4; i++) {
      signIn(ADA, "Wrong-Password-1");
    }

    assertThat(signIn(ADA, PASSWORD).value()).isInstanceOf(SignInResult.Rejected.class);
    world.clock.advance(Duration.ofSeconds(60));
    assertThat(signIn(ADA, PASSWORD).value()).isInstanceOf(SignInResult.SignedIn.class);
  }

  @Test
  void aLockoutEmailsTheHolder() {
    world.activeAccount(ADA);
    for (int i = 0; i < 4; i++) {
      signIn(ADA, "Wrong-Password-1");
    }

    assertThat(world.mails(ADA, AccountNotifications.ACCOUNT_LOCKED)).hasSize(1);
    assertThat(world.events()).hasAtLeastOneElementOfType(AccountEvent.AccountLocked.class);
  }

  @Test
  void repeatedLockoutsEmailTheHolderAtMostOnceALockoutDay() {
    world.activeAccount(ADA);
    for (int i = 0; i < 4; i++) {
      signIn(ADA, "Wrong-Password-1");
    }
    for (int lockout = 2; lockout <= 6; lockout++) {
      world.clock.advance(Duration.ofMinutes(16));
      signIn(ADA, "Wrong-Password-1");
    }

    assertThat(world.events()).filteredOn(AccountEvent.AccountLocked.class::isInstance).hasSize(6);
    assertThat(world.mails(ADA, AccountNotifications.ACCOUNT_LOCKED)).hasSize(1);

    world.clock.advance(Duration.ofDays(1));
    for (int i = 0; i < 4; i++) {
      signIn(ADA, "Wrong-Password-1");
    }
    assertThat(world.mails(ADA, AccountNotifications.ACCOUNT_LOCKED)).hasSize(2);
  }

  @Test
  void failureCounterResetsAfterTwelveHours() {
    AccountId id = world.activeAccount(ADA);
    for (int i = 0; i < 3; i++) {
      signIn(ADA, "Wrong-Password-1");
    }
    world.clock.advance(Duration.ofHours(12));
    signIn(ADA, "Wrong-Password-1");

    assertThat(stored(id).lockout().failures()).isEqualTo(1);
    assertThat(stored(id).lockout().lockedUntil()).isNull();
  }

  @Test
  void aSuspendedAccountCannotSignIn() {
    AccountId id = world.activeAccount(ADA);
    world.accounts.suspend(OperatorDecision.builder().account(id).reason("abuse report 12").build(), OPERATOR);

    assertThat(signIn(ADA, PASSWORD).value()).isEqualTo(new SignInResult.Rejected());
  }

  @Test
  void aHashWithOtherParametersIsUpgradedAtTheNextSuccessfulSignIn() {
    AccountId id = world.activeAccount(ADA);
    PasswordHash old = PasswordHashing.pbkdf2("sha256", 1000).hash(Secret.of(PASSWORD));
    world.host.transactions().inTransaction(() -> world.module.store().update(stored(id).copy().withPassword(old)));

    Outcome<SignInResult> outcome = signIn(ADA, PASSWORD);

    assertThat(outcome.value()).isInstanceOf(SignInResult.SignedIn.class);
    assertThat(outcome.events()).hasAtLeastOneElementOfType(AccountEvent.PasswordUpgraded.class);
    assertThat(stored(id).password().orElseThrow().algorithm()).isEqualTo("argon2id");
    assertThat(signIn(ADA, PASSWORD).value()).isInstanceOf(SignInResult.SignedIn.class);
  }

  @Test
  void emailLookupIgnoresCase() {
    world.activeAccount(ADA);

    assertThat(world.module.store().findByEmail(EmailAddress.of("ADA@EXAMPLE.ORG"))).isPresent();
  }
}
