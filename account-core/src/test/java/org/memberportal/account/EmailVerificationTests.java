/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.memberportal.account.testkit.AccountFixtures.signUp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.memberportal.account.AccountEvent.EmailVerified;
import org.memberportal.account.testkit.AccountFixtures;
import org.memberportal.account.testkit.AccountWorld;
import org.memberportal.account.verification.CodePurpose;
import org.memberportal.account.verification.CodeSubject;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.PreconditionFailed;
import org.memberportal.kernel.Secret;

class EmailVerificationTests {

  private static final String ADA = "ada@example.org";
  private final AccountWorld world = new AccountWorld();

  private Secret signUpAndGetCode() {
    world.accounts.signUp(signUp(ADA).build(), Actor.anonymous());
    return world.lastCode(ADA, AccountNotifications.VERIFICATION_CODE);
  }

  private AccountSummary verify(Secret code) {
    return world.accounts.verifyEmail(VerifyEmail.builder().email(ADA).code(code).build(), Actor.anonymous())
        .value();
  }

  private PreconditionFailed refused(Secret code) {
    return catchThrowableOfType(PreconditionFailed.class, () -> verify(code));
  }

  private static Secret wrong(Secret code) {
    return Secret.of(code.reveal().equals("000000") ? "111111" : "000000");
  }

  @Test
  void rightCodeActivatesTheAccountAndPublishesEmailVerified() {
    Secret code = signUpAndGetCode();
    List<EmailVerified> seen = new ArrayList<>();
    world.host.host().events().subscribe(EmailVerified.class, seen::add);

    AccountSummary summary = verify(code);

    assertThat(summary.status()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(seen).singleElement().extracting(EmailVerified::account).isEqualTo(summary.id());
  }

  @Test
  void codeIsSixDigitsStoredOnlyAsAKeyedHash() {
    Secret code = signUpAndGetCode();
    Account account = world.module.store().findByEmail(EmailAddress.of(ADA)).orElseThrow();

    var stored = world.module.codes().find(CodeSubject.of("account", account.id()), CodePurpose.EMAIL_VERIFICATION)
        .orElseThrow();
    assertThat(code.reveal()).matches("\\d{6}");
    assertThat(stored.digest()).doesNotContain(code.reveal()).hasSizeGreaterThan(40);
  }

  @Test
  void codeIsValidTenMinutes() {
    Secret code = signUpAndGetCode();
    world.clock.advance(Duration.ofMinutes(10));

    assertThat(refused(code).reason()).isEqualTo(UserAccounts.CODE_REJECTED);
  }

  @Test
  void codeStillWorksJustBeforeTenMinutes() {
    Secret code = signUpAndGetCode();
    world.clock.advance(Duration.ofMinutes(10).minusSeconds(1));

    assertThat(verify(code).status()).isEqualTo(AccountStatus.ACTIVE);
  }

  @Test
  void atMostFiveSubmissionsAreCountedBeforeComparing() {
    Secret code = signUpAndGetCode();
    for (int i = 0; i < 5; i++) {
      assertThat(refused(wrong(code))).isNotNull();
    }

    assertThat(refused(code).reason()).isEqualTo(UserAccounts.CODE_REJECTED);
    assertThat(world.events()).filteredOn(AccountEvent.VerificationFailed.class::isInstance)
        .extracting(e -> ((AccountEvent.VerificationFailed) e).verdict())
        .containsExactly("WRONG", "WRONG", "WRONG", "WRONG", "WRONG", "EXHAUSTED");
  }

  @Test
  void fourWrongSubmissionsStillLeaveTheFifth() {
    Secret code = signUpAndGetCode();
    for (int i = 0; i < 4; i++) {
      refused(wrong(code));
    }

    assertThat(verify(code).status()).isEqualTo(AccountStatus.ACTIVE);
  }

  @Test
  void aUsedCodeNeverWorksTwice() {
    Secret code = signUpAndGetCode();
    verify(code);

    assertThat(refused(code)).isNotNull();
  }

  @Test
  void resendKillsThePreviousCodeAfterTheCooldown() {
    Secret first = signUpAndGetCode();
    world.clock.advance(Duration.ofSeconds(60));
    world.accounts.resendCode(ResendCode.builder().email(ADA).build(), Actor.anonymous());
    Secret second = world.lastCode(ADA, AccountNotifications.VERIFICATION_CODE);

    assertThat(world.mails(ADA, AccountNotifications.VERIFICATION_CODE)).hasSize(2);
    if (!first.equals(second)) {
      assertThat(refused(first)).isNotNull();
    }
    assertThat(verify(second).status()).isEqualTo(AccountStatus.ACTIVE);
  }

  @Test
  void resendWithinTheCooldownSendsNothingAndAnswersTheSame() {
    signUpAndGetCode();
    world.clock.advance(Duration.ofSeconds(59));
    var answer = world.accounts.resendCode(ResendCode.builder().email(ADA).build(), Actor.anonymous());

    assertThat(answer.value()).isInstanceOf(Acknowledgement.class);
    assertThat(world.mails(ADA, AccountNotifications.VERIFICATION_CODE)).hasSize(1);
  }

  @Test
  void resendsStopAtTheDailyCap() {
    AccountWorld capped = new AccountWorld(b -> b.codeRules(
        org.memberportal.account.verification.CodeRules.defaults().withDailyCap(3)));
    capped.accounts.signUp(signUp(ADA).build(), Actor.anonymous());
    for (int i = 0; i < 5; i++) {
      capped.clock.advance(Duration.ofMinutes(2));
      capped.accounts.resendCode(ResendCode.builder().email(ADA).build(), Actor.anonymous());
    }

    assertThat(capped.mails(ADA, AccountNotifications.VERIFICATION_CODE)).hasSize(3);
    capped.clock.advance(Duration.ofHours(24));
    capped.accounts.resendCode(ResendCode.builder().email(ADA).build(), Actor.anonymous());
    assertThat(capped.mails(ADA, AccountNotifications.VERIFICATION_CODE)).hasSize(4);
  }

  @Test
  void resendForAnUnknownEmailAnswersTheSame() {
    var answer = world.accounts.resendCode(ResendCode.builder().email("nobody@example.org").build(),
        Actor.anonymous());

    assertThat(answer.value()).isInstanceOf(Acknowledgement.class);
    assertThat(answer.events()).isEmpty();
  }

  @Test
  void anUnverifiedAccountCannotSignIn() {
    signUpAndGetCode();

    SignInResult result = world.accounts.signIn(SignIn.builder().email(ADA)
        .password(Secret.of(AccountFixtures.PASSWORD)).build(), Actor.anonymous()).value();

    assertThat(result).isInstanceOf(SignInResult.Rejected.class);
  }

  @Test
  void unverifiedSignUpsExpireAfterSevenDaysAndFreeTheEmail() {
    signUpAndGetCode();
    world.clock.advance(Duration.ofDays(7).minusMinutes(1));
    assertThat(world.accounts.expireUnverified(Actor.system("expiry")).value()).isZero();
    world.clock.advance(Duration.ofMinutes(2));

    AccountId id = world.module.store().findByEmail(EmailAddress.of(ADA)).orElseThrow().id();
    assertThat(world.accounts.expireUnverified(Actor.system("expiry")).value()).isEqualTo(1);
    assertThat(world.module.store().findByEmail(EmailAddress.of(ADA))).isEmpty();
    assertThat(world.accounts.find(id)).isEmpty();
    world.accounts.signUp(signUp(ADA).build(), Actor.anonymous());
    assertThat(world.module.store().findByEmail(EmailAddress.of(ADA))).isPresent();
  }

  @Test
  void unverifiedLifetimeIsConfigurable() {
    AccountWorld quick = new AccountWorld(b -> b.unverifiedLifetime(Duration.ofDays(1)));
    quick.accounts.signUp(signUp(ADA).build(), Actor.anonymous());
    quick.clock.advance(Duration.ofDays(1).plusSeconds(1));

    assertThat(quick.accounts.expireUnverified(Actor.system("expiry")).value()).isEqualTo(1);
  }

  @Test
  void sixteenConcurrentSubmissionsOfTheRightCodeSucceedExactlyOnce() throws Exception {
    Secret code = signUpAndGetCode();
    ExecutorService pool = Executors.newFixedThreadPool(16);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Boolean>> results = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      results.add(pool.submit(() -> {
        start.await();
        try {
          verify(code);
          return true;
        } catch (PreconditionFailed e) {
          return false;
        }
      }));
    }
    start.countDown();
    int successes = 0;
    for (Future<Boolean> f : results) {
      successes += f.get(20, TimeUnit.SECONDS) ? 1 : 0;
    }
    pool.shutdown();

    assertThat(successes).isEqualTo(1);
    assertThat(world.events()).filteredOn(EmailVerified.class::isInstance).hasSize(1);
  }
}
