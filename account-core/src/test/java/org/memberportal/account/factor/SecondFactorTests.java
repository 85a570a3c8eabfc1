/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.factor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.memberportal.account.factor.FactorSteps.reason;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.memberportal.account.AccountNotifications;
import org.memberportal.account.AccountRefusals;
import org.memberportal.account.SignIn;
import org.memberportal.account.SignInResult;
import org.memberportal.account.testkit.AccountFixtures;
import org.memberportal.account.testkit.AccountWorld;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Assurance;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.NotFound;
import org.memberportal.kernel.Notification;
import org.memberportal.kernel.PreconditionFailed;
import org.memberportal.kernel.Secret;

/** An authenticator app (TOTP) and recovery codes as the second factor of a user account. */
class SecondFactorTests {

  private static final String ADA = "ada@example.org";

  private final AccountWorld world = new AccountWorld();
  private final AccountId ada = world.activeAccount(ADA);
  private final Actor.AccountHolder holder = Actor.account(ada);
  private final SecondFactors factors = world.accounts.secondFactors();

  private void reauthenticate() {
    FactorSteps.reauthenticate(factors, ada);
  }

  private FactorCode code(Secret code) {
    return FactorCode.builder().account(ada).code(code).build();
  }

  private Secret appCode(AuthenticatorKey key, Duration offset) {
    return Totp.codeAt(key.key(), world.clock.instant().plus(offset));
  }

  /** Sets the app up: the key, and the recovery codes of the first factor. */
  private record App(AuthenticatorKey key, List<Secret> recoveryCodes) {}

  private App enrol() {
    reauthenticate();
    AuthenticatorKey key = factors.startTotp(ada, holder).value();
    Enrolled enrolled = factors.confirmTotp(code(appCode(key, Duration.ZERO)), holder).value();
    return new App(key, enrolled.recoveryCodes());
  }

  private SignInResult signIn() {
    return world.accounts.signIn(SignIn.builder().email(ADA).password(Secret.of(AccountFixtures.PASSWORD)).build(),
        Actor.anonymous()).value();
  }

  @Test
  void theKeyIsShownOnceAsAnOtpauthUriNamingTheIssuerAndTheAccount() {
    reauthenticate();
    AuthenticatorKey key = factors.startTotp(ada, holder).value();

    assertThat(key.uri().reveal()).isEqualTo("otpauth://totp/Member%20Portal:ada%40example.org?secret="
        + key.key().reveal() + "&issuer=Member%20Portal&algorithm=SHA1&digits=6&period=30");
    assertThat(key.key().reveal()).hasSize(32).matches("[A-Z2-7]+");
    assertThat(key.toString()).doesNotContain(key.key().reveal());
  }

  @Test
  void addingAFactorNeedsARecentReauthentication() {
    assertThat(reason(() -> factors.startTotp(ada, holder))).isEqualTo(AccountRefusals.REAUTHENTICATION_REQUIRED);
    reauthenticate();
    world.clock.advance(Duration.ofMinutes(11));

    assertThat(reason(() -> factors.startTotp(ada, holder))).isEqualTo(AccountRefusals.REAUTHENTICATION_REQUIRED);
    assertThat(reason(() -> factors.reauthenticate(PasswordProof.builder().account(ada)
        .password(Secret.of(AccountFixtures.OTHER_PASSWORD)).build(), holder)))
        .isEqualTo(AccountRefusals.WRONG_PASSWORD);
  }

  @Test
  void aFirstCodeMakesTheAppAFactorWithTenRecoveryCodesAndTheHolderIsMailed() {
    App app = enrol();

    assertThat(app.recoveryCodes()).hasSize(10).allMatch(c -> c.reveal().matches("[0-9a-z]{5}-[0-9a-z]{5}"))
        .doesNotHaveDuplicates();
    assertThat(factors.status(ada, holder)).isEqualTo(new FactorStatus(true, 10, List.of()));
    assertThat(world.mails(ADA, AccountNotifications.FACTOR_ADDED)).singleElement()
        .extracting(n -> n.parameters().get(AccountNotifications.FACTOR)).isEqualTo("totp");
    assertThat(world.events()).extracting(e -> e.type()).contains("FactorAdded", "RecoveryCodesIssued");
  }

  @Test
  void aWrongFirstCodeConfirmsNothing() {
    reauthenticate();
    AuthenticatorKey key = factors.startTotp(ada, holder).value();

    assertThat(reason(() -> factors.confirmTotp(code(appCode(key, Duration.ofMinutes(5))), holder)))
        .isEqualTo(AccountRefusals.FACTOR_CODE_REJECTED);
    assertThat(factors.status(ada, holder).enrolled()).isFalse();
    assertThat(signIn()).isEqualTo(new SignInResult.SignedIn(ada));
  }

  @Test
  void signInAsksAnAccountWithAFactorForTheSecondStepWhichUpgradesTheActor() {
    App app = enrol();
    world.clock.advance(Duration.ofSeconds(30));

    assertThat(signIn()).isEqualTo(new SignInResult.SecondFactorRequired(ada,
        Set.of(FactorKind.TOTP, FactorKind.RECOVERY_CODE)));
    Actor.AccountHolder upgraded = factors.verifyTotp(code(appCode(app.key(), Duration.ZERO)), holder).value();
    assertThat(upgraded).isEqualTo(new Actor.AccountHolder(ada, holder.locale(), Assurance.SECOND_FACTOR));
  }

  @Test
  void eachCodeIsAcceptedOnceAndAReplayIsRefused() {
    App app = enrol();
    Secret confirmation = appCode(app.key(), Duration.ZERO);

    assertThat(reason(() -> factors.verifyTotp(code(confirmation), holder)))
        .isEqualTo(AccountRefusals.FACTOR_CODE_REJECTED);
    world.clock.advance(Duration.ofSeconds(30));
    Secret next = appCode(app.key(), Duration.ZERO);
    factors.verifyTotp(code(next), holder);
    assertThat(reason(() -> factors.verifyTotp(code(next), holder))).isEqualTo(AccountRefusals.FACTOR_CODE_REJECTED);
    assertThat(world.events()).extracting(e -> e.detail()).containsSubsequence("TOTP replay", "TOTP replay");
  }

  @Test
  void aCodeOneStepAwayIsAcceptedAndTwoStepsAwayIsNot() {
    App app = enrol();
    world.clock.advance(Duration.ofMinutes(5));

    assertThat(reason(() -> factors.verifyTotp(code(appCode(app.key(), Duration.ofSeconds(60))), holder)))
        .isEqualTo(AccountRefusals.FACTOR_CODE_REJECTED);
    assertThat(factors.verifyTotp(code(appCode(app.key(), Duration.ofSeconds(-30))), holder).value().assurance())
        .isEqualTo(Assurance.SECOND_FACTOR);
    assertThat(factors.verifyTotp(code(appCode(app.key(), Duration.ofSeconds(30))), holder).value().assurance())
        .isEqualTo(Assurance.SECOND_FACTOR);
  }

  @Test
  void aWrongPasswordAtReauthenticationIsRecordedAsARefusedPasswordNotAFactorsFailure() {
    PasswordProof wrong = PasswordProof.builder().account(ada).password(Secret.of(AccountFixtures.OTHER_PASSWORD))
        .build();
    for (int i = 0; i < 4; i++) {
      assertThat(reason(() -> factors.reauthenticate(wrong, holder))).isEqualTo(AccountRefusals.WRONG_PASSWORD);
    }

    assertThat(reason(() -> factors.reauthenticate(wrong, holder))).isEqualTo(AccountRefusals.FACTOR_LOCKED);
    assertThat(world.events()).filteredOn(e -> e.type().equals("ReauthenticationFailed"))
        .extracting(e -> e.detail()).containsExactly("wrong-password", "wrong-password", "wrong-password",
            "wrong-password", "locked");
    assertThat(world.events()).extracting(e -> e.type()).doesNotContain("SecondFactorFailed")
        .contains("SecondFactorLocked");
  }

  @Test
  void wrongCodesLockTheSecondStepForAWhileEvenForTheRightCode() {
    App app = enrol();
    world.clock.advance(Duration.ofMinutes(1));
    Secret wrong = Secret.of("000000".equals(appCode(app.key(), Duration.ZERO).reveal()) ? "111111" : "000000");
    for (int i = 0; i < 4; i++) {
      assertThat(reason(() -> factors.verifyTotp(code(wrong), holder)))
          .isEqualTo(AccountRefusals.FACTOR_CODE_REJECTED);
    }

    assertThat(reason(() -> factors.verifyTotp(code(appCode(app.key(), Duration.ZERO)), holder)))
        .isEqualTo(AccountRefusals.FACTOR_LOCKED);
    assertThat(reason(() -> factors.useRecoveryCode(code(app.recoveryCodes().get(0)), holder)))
        .isEqualTo(AccountRefusals.FACTOR_LOCKED);
    assertThat(world.events()).extracting(e -> e.type()).contains("SecondFactorLocked");
    world.clock.advance(Duration.ofSeconds(61));
    assertThat(factors.verifyTotp(code(appCode(app.key(), Duration.ZERO)), holder).value().assurance())
        .isEqualTo(Assurance.SECOND_FACTOR);
  }

  @Test
  void aRecoveryCodeOpensOnceAndTheHolderIsToldHowManyAreLeft() {
    App app = enrol();
    Secret first = app.recoveryCodes().get(3);

    assertThat(factors.useRecoveryCode(code(Secret.of(" " + first.reveal().toUpperCase(java.util.Locale.ROOT)
        .replace("-", " ") + " ")), holder).value().assurance()).isEqualTo(Assurance.SECOND_FACTOR);
    assertThat(reason(() -> factors.useRecoveryCode(code(first), holder)))
        .isEqualTo(AccountRefusals.FACTOR_CODE_REJECTED);
    assertThat(world.mails(ADA, AccountNotifications.RECOVERY_CODE_USED)).singleElement()
        .extracting(n -> n.parameters().get(AccountNotifications.CODES_LEFT)).isEqualTo("9");
    assertThat(factors.status(ada, holder).recoveryCodesLeft()).isEqualTo(9);
  }

  @Test
  void renewingTheRecoveryCodesRevokesTheOldSet() {
    App app = enrol();
    List<Secret> renewed = factors.renewRecoveryCodes(ada, holder).value();

    assertThat(renewed).hasSize(10).doesNotContainAnyElementsOf(app.recoveryCodes());
    assertThat(reason(() -> factors.useRecoveryCode(code(app.recoveryCodes().get(0)), holder)))
        .isEqualTo(AccountRefusals.FACTOR_CODE_REJECTED);
    assertThat(factors.useRecoveryCode(code(renewed.get(0)), holder).value().assurance())
        .isEqualTo(Assurance.SECOND_FACTOR);
  }

  @Test
  void removingTheAppNeedsARecentReauthenticationIsMailedAndEndsTheSecondStep() {
    App app = enrol();
    world.clock.advance(Duration.ofMinutes(11));

    assertThat(reason(() -> factors.removeTotp(ada, holder))).isEqualTo(AccountRefusals.REAUTHENTICATION_REQUIRED);
    reauthenticate();
    assertThat(factors.removeTotp(ada, holder).value()).isEqualTo(new FactorStatus(false, 0, List.of()));
    assertThat(world.mails(ADA, AccountNotifications.FACTOR_REMOVED)).singleElement()
        .extracting(n -> n.parameters().get(AccountNotifications.FACTOR)).isEqualTo("totp");
    assertThat(signIn()).isEqualTo(new SignInResult.SignedIn(ada));
    assertThat(reason(() -> factors.useRecoveryCode(code(app.recoveryCodes().get(0)), holder)))
        .isEqualTo(AccountRefusals.FACTOR_CODE_REJECTED);
    assertThatThrownBy(() -> factors.removeTotp(ada, holder)).isInstanceOf(NotFound.class);
  }

  @Test
  void onlyTheHolderManagesAndUsesTheirFactors() {
    App app = enrol();
    AccountId other = world.activeAccount("grace@example.org");

    assertThatThrownBy(() -> factors.startTotp(ada, Actor.account(other))).isInstanceOf(NotAllowed.class);
    assertThatThrownBy(() -> factors.verifyTotp(code(appCode(app.key(), Duration.ZERO)), Actor.account(other)))
        .isInstanceOf(NotAllowed.class);
    assertThatThrownBy(() -> factors.status(ada, AccountFixtures.OPERATOR)).isInstanceOf(NotAllowed.class);
  }

  @Test
  void noKeyOrCodeReachesAnEventAMailOrAStoredValuesText() {
    App app = enrol();
    factors.useRecoveryCode(code(app.recoveryCodes().get(0)), holder);
    List<String> secrets = new java.util.ArrayList<>(app.recoveryCodes().stream().map(Secret::reveal).toList());
    secrets.add(app.key().key().reveal());
    String printed = world.events().toString() + world.host.outbox().entries().stream()
        .map(e -> e.notification().parameters().toString()).toList()
        + world.module.factorRegister().find(FactorParts.subject(ada)).orElseThrow();

    assertThat(secrets).noneMatch(printed::contains);
    assertThat(world.host.outbox().entries()).map(e -> e.notification())
        .filteredOn(n -> n.kind().contains("factor") || n.kind().contains("recovery"))
        .hasSize(2).map(Notification::parameters).allMatch(p -> p.keySet().stream().allMatch(
            k -> Set.of(AccountNotifications.FIRST_NAME, AccountNotifications.FACTOR, AccountNotifications.CODES_LEFT)
                .contains(k)));
  }

  @Test
  void aFactorRefusalIsAPreconditionWithAReasonInTheCatalogue() {
    assertThatThrownBy(() -> factors.confirmTotp(code(Secret.of("123456")), holder))
        .isInstanceOfSatisfying(PreconditionFailed.class,
            e -> assertThat(e.reason()).isEqualTo(AccountRefusals.REAUTHENTICATION_REQUIRED));
  }
}
