/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.memberportal.account.testkit.AccountFixtures.OPERATOR;
import static org.memberportal.account.testkit.AccountFixtures.OTHER_PASSWORD;
import static org.memberportal.account.testkit.AccountFixtures.importAccount;

import org.junit.jupiter.api.Test;
import org.memberportal.account.credential.PasswordHash;
import org.memberportal.account.testkit.AccountWorld;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.Secret;

class MigrationTests {

  private static final String GRACE = "grace@example.org";
  private final AccountWorld world = new AccountWorld();

  private SignInResult signIn(String password) {
    return world.accounts.signIn(SignIn.builder().email(GRACE).password(Secret.of(password)).build(),
        Actor.anonymous()).value();
  }

  @Test
  void migratedAccountMustResetPasswordOnFirstSignIn() {
    AccountSummary imported = world.accounts.importAccount(importAccount(GRACE), OPERATOR).value();

    assertThat(imported.status()).isEqualTo(AccountStatus.PASSWORD_RESET_REQUIRED);
    assertThat(signIn("whatever-it-was")).isInstanceOf(SignInResult.PasswordResetRequired.class);
  }

  @Test
  void onlyTheResetFlowOpensAMigratedAccount() {
    world.accounts.importAccount(importAccount(GRACE), OPERATOR);
    world.accounts.forgotPassword(ForgotPassword.builder().email(GRACE).build(), Actor.anonymous());

    AccountSummary opened = world.accounts.resetPassword(ResetPassword.builder().email(GRACE)
        .code(world.lastCode(GRACE, AccountNotifications.RESET_CODE))
        .password(Secret.of(OTHER_PASSWORD)).passwordConfirmation(Secret.of(OTHER_PASSWORD)).build(),
        Actor.anonymous()).value();

    assertThat(opened.status()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(signIn(OTHER_PASSWORD)).isInstanceOf(SignInResult.SignedIn.class);
  }

  @Test
  void legacyPasswordHashesAreNeverAccepted() {
    AccountId id = world.accounts.importAccount(importAccount(GRACE), OPERATOR).value().id();
    Account account = world.module.store().find(id).orElseThrow();
    // a host that smuggled an old MD5 hash in would still not open the account
    world.host.transactions().inTransaction(() -> world.module.store().update(account.copy()
        .withPassword(PasswordHash.of("5f4dcc3b5aa765d61d8327deb882cf99"))
        .withStatus(AccountStatus.ACTIVE)));

    assertThat(signIn("password")).isInstanceOf(SignInResult.Rejected.class);
  }

  @Test
  void importKeepsLegacyAttributesAndTrustsTheAddress() {
    AccountId id = world.accounts.importAccount(importAccount(GRACE), OPERATOR).value().id();
    Account account = world.module.store().find(id).orElseThrow();

    assertThat(account.legacyAttributes()).containsEntry("organisation", "ITU-R SG5");
    assertThat(account.status().emailVerified()).isTrue();
    assertThat(account.password()).isEmpty();
  }

  @Test
  void onlyTheOperatorImportsAccounts() {
    assertThat(catchThrowableOfType(NotAllowed.class,
        () -> world.accounts.importAccount(importAccount(GRACE), Actor.anonymous()))).isNotNull();
  }

  @Test
  void importOfATakenEmailIsAConflict() {
    world.activeAccount(GRACE);

    assertThat(catchThrowableOfType(Conflict.class,
        () -> world.accounts.importAccount(importAccount(GRACE), OPERATOR)).reason())
        .isEqualTo("account.email-taken");
  }
}
