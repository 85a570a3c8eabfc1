/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.memberportal.account.testkit.AccountFixtures.signUp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.memberportal.account.testkit.AccountWorld;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.ValidationFailed;
import org.memberportal.kernel.Violation;

class SignUpTests {

  private final AccountWorld world = new AccountWorld();

  @Test
  void signUpCreatesAnAccountAwaitingVerificationAndEmailsACode() {
    Outcome<Acknowledgement> outcome = world.accounts.signUp(signUp("ada@example.org").build(), Actor.anonymous());

    Account account = world.module.store().findByEmail(EmailAddress.of("ada@example.org")).orElseThrow();
    assertThat(account.status()).isEqualTo(AccountStatus.AWAITING_VERIFICATION);
    assertThat(account.termsAcceptedAt()).contains(world.clock.instant());
    assertThat(account.professionalRole()).contains("engineer");
    assertThat(outcome.events()).hasAtLeastOneElementOfType(AccountEvent.SignedUp.class);
    assertThat(world.lastCode("ada@example.org", AccountNotifications.VERIFICATION_CODE).reveal()).matches("\\d{6}");
  }

  @Test
  void termsOfUseMustBeAccepted() {
    ValidationFailed failure = catchThrowableOfType(ValidationFailed.class, () -> world.accounts.signUp(
        signUp("ada@example.org").with(f -> f.termsAccepted = false).build(), Actor.anonymous()));

    assertThat(failure.violations()).extracting(Violation::code).containsExactly("account.terms.required");
    assertThat(world.module.store().size()).isZero();
  }

  @Test
  void missingFieldsAreViolationsNotNullPointers() {
    ValidationFailed failure = catchThrowableOfType(ValidationFailed.class, () -> world.accounts.signUp(
        signUp("ada@example.org").with(f -> {
          f.email = null;
          f.firstName = null;
          f.password = null;
          f.professionalRole = null;
        }).build(), Actor.anonymous()));

    assertThat(failure.violations()).extracting(Violation::path)
        .contains("email", "firstName", "password", "professionalRole");
  }

  @Test
  void professionalRoleMustComeFromTheReferenceData() {
    ValidationFailed failure = catchThrowableOfType(ValidationFailed.class, () -> world.accounts.signUp(
        signUp("ada@example.org").with(f -> f.professionalRole = "astronaut").build(), Actor.anonymous()));

    assertThat(failure.violations()).containsExactly(
        new Violation("account.reference.unknown", "professionalRole", "is not one of the proposed choices"));
  }

  @Test
  void textThatIsNotTextIsRefusedFieldByFieldAndNothingIsKept() {
    ValidationFailed failure = catchThrowableOfType(ValidationFailed.class, () -> world.accounts.signUp(
        signUp("ada@example.org").with(f -> {
          f.firstName = "Ada\u0000";
          f.lastName = "\u202eecalevoL";
          f.jobTitle = "Engineer\ud800";
        }).build(), Actor.anonymous().in(Locale.FRENCH)));

    assertThat(failure.violations()).containsExactlyInAnyOrder(
        new Violation("kernel.text.control-character", "firstName", "ne doit pas contenir de caractères de "
            + "contrôle (sauts de ligne et tabulations seulement là où plusieurs lignes sont permises)"),
        new Violation("kernel.text.bidi-control", "lastName",
            "ne doit pas contenir de caractères qui changent le sens d'écriture du texte"),
        new Violation("kernel.text.ill-formed", "jobTitle",
            "contient un caractère incomplet ou réservé qui n'est pas du texte"));
    assertThat(world.module.store().size()).isZero();
    assertThat(world.mails("ada@example.org", AccountNotifications.VERIFICATION_CODE)).isEmpty();
  }

  @Test
  void violationsAreExplainedInFrench() {
    ValidationFailed failure = catchThrowableOfType(ValidationFailed.class, () -> world.accounts.signUp(
        signUp("ada@example.org").password("short").build(), Actor.anonymous().in(Locale.FRENCH)));

    assertThat(failure.violations()).contains(
        new Violation("account.password.too-short", "password", "doit contenir au moins 8 caractères"));
  }

  @Test
  void signUpWithATakenEmailAnswersLikeANewOneAndWarnsTheHolder() {
    Outcome<Acknowledgement> fresh = world.accounts.signUp(signUp("eve@example.org").build(), Actor.anonymous());
    world.activeAccount("ada@example.org");
    Outcome<Acknowledgement> taken = world.accounts.signUp(
        signUp("ADA@Example.org").with(f -> f.firstName = "Eve").build(), Actor.anonymous());

    assertThat(taken.value().getClass()).isEqualTo(fresh.value().getClass());
    assertThat(world.module.store().size()).isEqualTo(2);
    assertThat(world.mails("ada@example.org", AccountNotifications.SIGN_UP_ATTEMPT)).hasSize(1);
    assertThat(taken.events()).singleElement().isInstanceOf(AccountEvent.SignUpWithTakenEmail.class);
  }

  @Test
  void signingUpAgainBeforeVerifyingSendsAFreshCodeAfterTheCooldown() {
    world.accounts.signUp(signUp("ada@example.org").build(), Actor.anonymous());
    world.accounts.signUp(signUp("ada@example.org").build(), Actor.anonymous());
    assertThat(world.mails("ada@example.org", AccountNotifications.VERIFICATION_CODE)).hasSize(1);

    world.clock.advance(java.time.Duration.ofMinutes(1));
    world.accounts.signUp(signUp("ada@example.org").build(), Actor.anonymous());

    assertThat(world.mails("ada@example.org", AccountNotifications.VERIFICATION_CODE)).hasSize(2);
    assertThat(world.mails("ada@example.org", AccountNotifications.SIGN_UP_ATTEMPT)).isEmpty();
    assertThat(world.module.store().size()).isEqualTo(1);
  }

  @Test
  void staffCannotSignUp() {
    assertThat(catchThrowableOfType(NotAllowed.class, () -> world.accounts.signUp(signUp("ada@example.org").build(),
        org.memberportal.account.testkit.AccountFixtures.OPERATOR))).isNotNull();
  }

  @Test
  void eightConcurrentSignUpsWithOneEmailMakeExactlyOneAccount() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Acknowledgement>> answers = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String email = i % 2 == 0 ? "race@example.org" : "Race@Example.org";
      answers.add(pool.submit(() -> {
        start.await();
        return world.accounts.signUp(signUp(email).build(), Actor.anonymous()).value();
      }));
    }
    start.countDown();
    for (Future<Acknowledgement> a : answers) {
      assertThat(a.get(20, TimeUnit.SECONDS)).isNotNull();
    }
    pool.shutdown();

    assertThat(world.module.store().size()).isEqualTo(1);
    assertThat(world.events()).filteredOn(AccountEvent.SignedUp.class::isInstance).hasSize(1);
    assertThat(world.events()).filteredOn(AccountEvent.SignUpWithTakenEmail.class::isInstance).hasSize(7);
  }

  @Test
  void verificationEmailIsInThePreferredLanguageWithTheCodeAsASecretParameter() {
    world.accounts.signUp(signUp("ada@example.org").with(f -> f.language = "fr").build(), Actor.anonymous());

    var mail = world.mails("ada@example.org", AccountNotifications.VERIFICATION_CODE).get(0);
    assertThat(mail.locale().getLanguage()).isEqualTo("fr");
    assertThat(mail.secretParameters()).containsExactly(AccountNotifications.CODE);
    assertThat(mail.toString()).doesNotContain(mail.parameters().get(AccountNotifications.CODE));
  }
}
