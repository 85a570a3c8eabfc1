/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.memberportal.account.testkit.AccountFixtures.OTHER_PASSWORD;
import static org.memberportal.account.testkit.AccountFixtures.PASSWORD;

import org.junit.jupiter.api.Test;
import org.memberportal.account.testkit.AccountWorld;
import org.memberportal.account.verification.CodePurpose;
import org.memberportal.account.verification.CodeSubject;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.PreconditionFailed;
import org.memberportal.kernel.Secret;

class HolderChangesTests {

  private static final String ADA = "ada@example.org";
  private final AccountWorld world = new AccountWorld();

  private ChangePassword changePassword(AccountId id, String current, String next) {
    return ChangePassword.builder().account(id).currentPassword(Secret.of(current)).password(Secret.of(next))
        .passwordConfirmation(Secret.of(next)).build();
  }

  @Test
  void changingThePasswordRequiresTheCurrentOne() {
    AccountId id = world.activeAccount(ADA);

    PreconditionFailed failure = catchThrowableOfType(PreconditionFailed.class,
        () -> world.accounts.changePassword(changePassword(id, "Not-The-One-1", OTHER_PASSWORD), Actor.account(id)));

    assertThat(failure.reason()).isEqualTo("account.wrong-password");
  }

  @Test
  void changingThePasswordEmailsPasswordChanged() {
    AccountId id = world.activeAccount(ADA);
    world.accounts.changePassword(changePassword(id, PASSWORD, OTHER_PASSWORD), Actor.account(id));

    assertThat(world.mails(ADA, AccountNotifications.PASSWORD_CHANGED)).hasSize(1);
    assertThat(world.accounts.signIn(SignIn.builder().email(ADA).password(Secret.of(OTHER_PASSWORD)).build(),
        Actor.anonymous()).value()).isInstanceOf(SignInResult.SignedIn.class);
  }

  @Test
  void anotherHolderCannotChangeMyPassword() {
    AccountId id = world.activeAccount(ADA);
    AccountId eve = world.activeAccount("eve@example.org");

    assertThat(catchThrowableOfType(NotAllowed.class, () -> world.accounts.changePassword(
        changePassword(id, PASSWORD, OTHER_PASSWORD), Actor.account(eve)))).isNotNull();
  }

  @Test
  void holderUpdatesPersonalDetails() {
    AccountId id = world.activeAccount(ADA);

    AccountSummary summary = world.accounts.updateDetails(UpdateDetails.builder().account(id).firstName("Augusta")
        .lastName("King").gender("female").professionalRole("researcher").preferredLanguage("fr").build(),
        Actor.account(id)).value();

    assertThat(summary.fullName()).isEqualTo("Augusta King");
    assertThat(summary.language().getLanguage()).isEqualTo("fr");
  }

  @Test
  void newEmailTakesEffectOnlyOnceVerified() {
    AccountId id = world.activeAccount(ADA);
    world.accounts.changeEmail(ChangeEmail.builder().account(id).newEmail("ada@new.example.org")
        .currentPassword(Secret.of(PASSWORD)).build(), Actor.account(id));
    assertThat(world.accounts.find(id).orElseThrow().email().key()).isEqualTo(ADA);

    AccountSummary changed = world.accounts.confirmEmailChange(ConfirmEmailChange.builder().account(id)
        .code(world.lastCode("ada@new.example.org", AccountNotifications.EMAIL_CHANGE_CODE)).build(),
        Actor.account(id)).value();

    assertThat(changed.email().key()).isEqualTo("ada@new.example.org");
  }

  @Test
  void newEmailMustNotBelongToAnotherAccount() {
    AccountId id = world.activeAccount(ADA);
    world.activeAccount("eve@example.org");

    assertThat(catchThrowableOfType(Conflict.class, () -> world.accounts.changeEmail(ChangeEmail.builder()
        .account(id).newEmail("EVE@example.org").currentPassword(Secret.of(PASSWORD)).build(),
        Actor.account(id))).reason()).isEqualTo("account.email-taken");
  }

  @Test
  void wrongEmailChangeCodeIsRejected() {
    AccountId id = world.activeAccount(ADA);
    world.accounts.changeEmail(ChangeEmail.builder().account(id).newEmail("ada@new.example.org")
        .currentPassword(Secret.of(PASSWORD)).build(), Actor.account(id));
    Secret code = world.lastCode("ada@new.example.org", AccountNotifications.EMAIL_CHANGE_CODE);
    Secret wrong = Secret.of(code.reveal().equals("123456") ? "654321" : "123456");

    assertThat(catchThrowableOfType(PreconditionFailed.class, () -> world.accounts.confirmEmailChange(
        ConfirmEmailChange.builder().account(id).code(wrong).build(), Actor.account(id))).reason())
        .isEqualTo(UserAccounts.CODE_REJECTED);
  }

  @Test
  void aRefusedEmailChangeLeavesNothingBehind() {
    AccountId id = world.activeAccount(ADA);
    world.activeAccount("eve@example.org");
    int outbox = world.host.outbox().entries().size();

    catchThrowableOfType(Conflict.class, () -> world.accounts.changeEmail(ChangeEmail.builder().account(id)
        .newEmail("eve@example.org").currentPassword(Secret.of(PASSWORD)).build(), Actor.account(id)));

    assertThat(world.module.store().find(id).orElseThrow().pendingEmail()).isEmpty();
    assertThat(world.host.outbox().entries()).hasSize(outbox);
  }

  @Test
  void directoryAnswersTheCurrentSummaryForOtherModules() {
    AccountId id = world.activeAccount(ADA);
    org.memberportal.account.port.AccountDirectory directory = world.accounts;

    assertThat(directory.find(id)).hasValueSatisfying(s -> {
      assertThat(s.active()).isTrue();
      assertThat(s.fullName()).isEqualTo("Ada Lovelace");
      assertThat(s.toString()).doesNotContain("Lovelace").doesNotContain(ADA);
    });
    assertThat(directory.find(AccountId.random())).isEmpty();
  }

  @Test
  void changingThePasswordKillsAnOutstandingResetCode() {
    AccountId id = world.activeAccount(ADA);
    world.accounts.forgotPassword(ForgotPassword.builder().email(ADA).build(), Actor.anonymous());
    Secret resetCode = world.lastCode(ADA, AccountNotifications.RESET_CODE);
    world.accounts.changePassword(changePassword(id, PASSWORD, OTHER_PASSWORD), Actor.account(id));

    assertThat(catchThrowableOfType(PreconditionFailed.class, () -> world.accounts.resetPassword(
        ResetPassword.builder().email(ADA).code(resetCode).password(Secret.of("Third-Meadow-99"))
            .passwordConfirmation(Secret.of("Third-Meadow-99")).build(), Actor.anonymous())).reason())
        .isEqualTo(UserAccounts.CODE_REJECTED);
  }

  private Secret askToChangeAddress(AccountId id) {
    world.accounts.changeEmail(ChangeEmail.builder().account(id).newEmail("ada@new.example.org")
        .currentPassword(Secret.of(PASSWORD)).build(), Actor.account(id));
    return world.lastCode("ada@new.example.org", AccountNotifications.EMAIL_CHANGE_CODE);
  }

  private void assertTheChangeOfAddressIsOver(AccountId id, Secret code) {
    assertThat(world.module.store().find(id).orElseThrow().pendingEmail()).isEmpty();
    assertThat(world.module.codes().find(CodeSubject.of("account", id), CodePurpose.EMAIL_CHANGE))
        .hasValueSatisfying(c -> assertThat(c.used()).isTrue());
    assertThat(catchThrowableOfType(PreconditionFailed.class, () -> world.accounts.confirmEmailChange(
        ConfirmEmailChange.builder().account(id).code(code).build(), Actor.account(id))).reason())
        .isEqualTo("account.no-pending-email");
    assertThat(world.accounts.find(id).orElseThrow().email().key()).isEqualTo(ADA);
  }

  @Test
  void aPasswordChangeCancelsAPendingChangeOfAddressAndRevokesItsCode() {
    AccountId id = world.activeAccount(ADA);
    Secret code = askToChangeAddress(id);

    world.accounts.changePassword(changePassword(id, PASSWORD, OTHER_PASSWORD), Actor.account(id));

    assertTheChangeOfAddressIsOver(id, code);
  }

  @Test
  void aPasswordResetCancelsAPendingChangeOfAddressAndRevokesItsCode() {
    AccountId id = world.activeAccount(ADA);
    Secret code = askToChangeAddress(id);

    world.accounts.forgotPassword(ForgotPassword.builder().email(ADA).build(), Actor.anonymous());
    world.accounts.resetPassword(ResetPassword.builder().email(ADA)
        .code(world.lastCode(ADA, AccountNotifications.RESET_CODE)).password(Secret.of(OTHER_PASSWORD))
        .passwordConfirmation(Secret.of(OTHER_PASSWORD)).build(), Actor.anonymous());

    assertTheChangeOfAddressIsOver(id, code);
  }
}
