/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.memberportal.account.testkit.AccountFixtures.OPERATOR;
import static org.memberportal.account.testkit.AccountFixtures.OTHER_PASSWORD;
import static org.memberportal.account.testkit.AccountFixtures.PASSWORD;
import static org.memberportal.account.testkit.AccountFixtures.importAccount;
import static org.memberportal.account.testkit.AccountFixtures.signUp;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.memberportal.account.testkit.AccountWorld;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.Secret;
import org.memberportal.kernel.ValidationFailed;
import org.memberportal.kernel.Violation;

/** Item 1 of issue 17: one reading of an address for every command that takes one. */
class AddressOnEveryCommandTests {

  private static final String ADA = "ada@example.org";
  private static final String PADDED = "  ada@example.org \t";
  private final AccountWorld world = new AccountWorld();

  /** Every command of the module that takes an address, run with the given text as that address. */
  private Map<String, Consumer<String>> commands(AccountId holder) {
    Secret code = Secret.of("123456");
    Map<String, Consumer<String>> all = new LinkedHashMap<>();
    all.put("sign-up", e -> world.accounts.signUp(signUp(e).build(), Actor.anonymous()));
    all.put("verify", e -> world.accounts.verifyEmail(VerifyEmail.builder().email(e).code(code).build(),
        Actor.anonymous()));
    all.put("resend", e -> world.accounts.resendCode(ResendCode.builder().email(e).build(), Actor.anonymous()));
    all.put("sign-in", e -> world.accounts.signIn(SignIn.builder().email(e).password(Secret.of(PASSWORD)).build(),
        Actor.anonymous()));
    all.put("forgot", e -> world.accounts.forgotPassword(ForgotPassword.builder().email(e).build(),
        Actor.anonymous()));
    all.put("reset", e -> world.accounts.resetPassword(ResetPassword.builder().email(e).code(code)
        .password(Secret.of(OTHER_PASSWORD)).passwordConfirmation(Secret.of(OTHER_PASSWORD)).build(),
        Actor.anonymous()));
    all.put("change-email", e -> world.accounts.changeEmail(ChangeEmail.builder().account(holder).newEmail(e)
        .currentPassword(Secret.of(PASSWORD)).build(), Actor.account(holder)));
    all.put("import", e -> world.accounts.importAccount(importAccount(e), OPERATOR));
    return all;
  }

  @Test
  void blanksAroundAnAddressAreDroppedByEveryCommand() {
    AccountId ada = world.activeAccount(ADA);

    world.accounts.signUp(signUp(PADDED).build(), Actor.anonymous());
    assertThat(world.module.store().size()).as("sign-up").isEqualTo(1);
    assertThat(world.mails(ADA, AccountNotifications.SIGN_UP_ATTEMPT)).as("sign-up").hasSize(1);

    assertThat(world.accounts.signIn(SignIn.builder().email(PADDED).password(Secret.of(PASSWORD)).build(),
        Actor.anonymous()).value()).as("sign-in").isEqualTo(new SignInResult.SignedIn(ada));

    world.accounts.forgotPassword(ForgotPassword.builder().email(PADDED).build(), Actor.anonymous());
    assertThat(world.mails(ADA, AccountNotifications.RESET_CODE)).as("forgot").hasSize(1);

    world.accounts.resetPassword(ResetPassword.builder().email(PADDED)
        .code(world.lastCode(ADA, AccountNotifications.RESET_CODE)).password(Secret.of(OTHER_PASSWORD))
        .passwordConfirmation(Secret.of(OTHER_PASSWORD)).build(), Actor.anonymous());
    assertThat(world.mails(ADA, AccountNotifications.PASSWORD_CHANGED)).as("reset").hasSize(1);

    world.accounts.changeEmail(ChangeEmail.builder().account(ada).newEmail(" ada@new.example.org ")
        .currentPassword(Secret.of(OTHER_PASSWORD)).build(), Actor.account(ada));
    assertThat(world.module.store().find(ada).orElseThrow().pendingEmail().map(EmailAddress::display))
        .as("change-email").contains("ada@new.example.org");

    world.accounts.signUp(signUp("\tbob@example.org ").build(), Actor.anonymous());
    world.clock.advance(Duration.ofMinutes(10));
    world.accounts.resendCode(ResendCode.builder().email(" bob@example.org").build(), Actor.anonymous());
    assertThat(world.mails("bob@example.org", AccountNotifications.VERIFICATION_CODE)).as("resend").hasSize(2);
    AccountSummary bob = world.accounts.verifyEmail(VerifyEmail.builder().email("bob@example.org  ")
        .code(world.lastCode("bob@example.org", AccountNotifications.VERIFICATION_CODE)).build(),
        Actor.anonymous()).value();
    assertThat(bob.email().display()).as("verify").isEqualTo("bob@example.org");
    assertThat(bob.status()).as("verify").isEqualTo(AccountStatus.ACTIVE);

    AccountSummary imported = world.accounts.importAccount(importAccount(" grace@example.org "), OPERATOR).value();
    assertThat(imported.email().display()).as("import").isEqualTo("grace@example.org");
  }

  @Test
  void theSameMalformedTextIsRefusedAlikeByEveryCommand() {
    AccountId ada = world.activeAccount(ADA);
    int mails = world.host.outbox().entries().size();

    commands(ada).forEach((name, command) -> {
      ValidationFailed failure =
          catchThrowableOfType(ValidationFailed.class, () -> command.accept(" ada@@example.org "));

      assertThat(failure).as(name).isNotNull();
      assertThat(failure.violations()).as(name).filteredOn(v -> v.path().toLowerCase().contains("email"))
          .extracting(Violation::code).containsExactly("kernel.email.malformed");
    });
    assertThat(world.module.store().size()).isEqualTo(1);
    assertThat(world.host.outbox().entries()).hasSize(mails);
  }

  @Test
  void aSpoofedAddressIsRefusedAlikeByEveryCommand() {
    AccountId ada = world.activeAccount(ADA);

    commands(ada).forEach((name, command) -> {
      ValidationFailed failure =
          catchThrowableOfType(ValidationFailed.class, () -> command.accept("ad\u200Ba@example.org"));

      assertThat(failure).as(name).isNotNull();
      assertThat(failure.violations()).as(name).extracting(Violation::code)
          .contains("kernel.email.invisible-character");
    });
  }
}
