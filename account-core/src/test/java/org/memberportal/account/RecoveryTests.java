package org.memberportal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.memberportal.account.testkit.AccountFixtures.OTHER_PASSWORD;
import static org.memberportal.account.testkit.AccountFixtures.PASSWORD;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.memberportal.account.testkit.AccountWorld;
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
}
