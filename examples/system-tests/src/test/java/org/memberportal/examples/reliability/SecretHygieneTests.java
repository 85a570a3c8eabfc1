/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.memberportal.account.AccountNotifications;
import org.memberportal.account.AccountSummary;
import org.memberportal.account.ChangeEmail;
import org.memberportal.account.ChangePassword;
import org.memberportal.account.ConfirmEmailChange;
import org.memberportal.account.ForgotPassword;
import org.memberportal.account.ResetPassword;
import org.memberportal.account.SignIn;
import org.memberportal.account.VerifyEmail;
import org.memberportal.careers.Candidate;
import org.memberportal.careers.CandidateId;
import org.memberportal.careers.candidate.CandidateForgotPassword;
import org.memberportal.careers.candidate.CandidateResetPassword;
import org.memberportal.careers.candidate.CandidateSignIn;
import org.memberportal.careers.candidate.CareersAccounts;
import org.memberportal.careers.candidate.ChangeCandidatePassword;
import org.memberportal.careers.candidate.CreateCandidateAccount;
import org.memberportal.careers.candidate.StaffRelation;
import org.memberportal.careers.candidate.VerifyCandidateEmail;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Outbox;
import org.memberportal.kernel.Secret;
import org.slf4j.LoggerFactory;

/**
 * Secrets: every suite captures all log output (an appender on the root logger, level INFO), every event,
 * exception message, returned value's {@code toString()} and notification's {@code toString()}, and scans them for
 * every password, one-time code and password hash the run generated. This class adds the paths that carry the
 * most secrets (every kind of code, right and wrong) and proves the capture and the scanner are not blind.
 */
class SecretHygieneTests {

  @Test
  void everySecretPathLeavesNoSecretInLogsEventsErrorsOrValues() {
    Portal portal = new Portal();
    String email = Portal.uniqueEmail("secret");
    String password = Portal.newPassword();
    portal.attempt("sign up", () -> portal.accounts.signUp(portal.signUpForm(email, password), Actor.anonymous()));
    Secret code = portal.lastCode(email, AccountNotifications.VERIFICATION_CODE);
    portal.attempt("wrong code", () -> portal.accounts.verifyEmail(VerifyEmail.builder().email(email)
        .code(Secret.of("999999")).build(), Actor.anonymous()));
    AccountSummary account = (AccountSummary) portal.attempt("verify", () -> portal.accounts.verifyEmail(
        VerifyEmail.builder().email(email).code(code).build(), Actor.anonymous()).value()).value().orElseThrow();
    portal.attempt("reuse code", () -> portal.accounts.verifyEmail(VerifyEmail.builder().email(email).code(code)
        .build(), Actor.anonymous()));
    portal.attempt("sign in", () -> portal.accounts.signIn(SignIn.builder().email(email)
        .password(Secret.of(password)).build(), Actor.anonymous()));
    for (int i = 0; i < 5; i++) {
      portal.attempt("wrong password", () -> portal.accounts.signIn(SignIn.builder().email(email)
          .password(Secret.of(password + "x")).build(), Actor.anonymous()));
    }
    portal.attempt("forgot", () -> portal.accounts.forgotPassword(ForgotPassword.builder().email(email).build(),
        Actor.anonymous()));
    Secret reset = portal.lastCode(email, AccountNotifications.RESET_CODE);
    String next = Portal.newPassword();
    portal.attempt("reset", () -> portal.accounts.resetPassword(ResetPassword.builder().email(email).code(reset)
        .password(Secret.of(next)).passwordConfirmation(Secret.of(next)).build(), Actor.anonymous()));
    String third = Portal.newPassword();
    portal.attempt("change password, wrong current", () -> portal.accounts.changePassword(ChangePassword.builder()
        .account(account.id()).currentPassword(Secret.of(password)).password(Secret.of(third))
        .passwordConfirmation(Secret.of(third)).build(), Portal.as(account)));
    portal.attempt("change password", () -> portal.accounts.changePassword(ChangePassword.builder()
        .account(account.id()).currentPassword(Secret.of(next)).password(Secret.of(third))
        .passwordConfirmation(Secret.of(third)).build(), Portal.as(account)));
    String moved = Portal.uniqueEmail("moved");
    portal.attempt("change email", () -> portal.accounts.changeEmail(ChangeEmail.builder().account(account.id())
        .newEmail(moved).currentPassword(Secret.of(third)).build(), Portal.as(account)));
    Secret change = portal.lastCode(moved, AccountNotifications.EMAIL_CHANGE_CODE);
    portal.attempt("confirm email", () -> portal.accounts.confirmEmailChange(ConfirmEmailChange.builder()
        .account(account.id()).code(change).build(), Portal.as(account)));
    portal.relay(n -> { }).deliverDue();
    portal.accountStore.find(account.id()).ifPresent(a -> Evidence.text("stored account", a.toString()));
    portal.audit();
    for (Outbox.Entry e : portal.memory.outbox().entries()) {
      Evidence.text("outbox entry", e.toString());
      assertThat(e.notification().parameters()).as("delivered notifications keep no secret")
          .doesNotContainKey(AccountNotifications.CODE);
    }

    assertThat(Evidence.hits()).isEmpty();
  }

  @Test
  void everyCareersSecretPathLeavesNoSecretInLogsEventsErrorsOrValues() {
    Portal portal = new Portal();
    CareersAccounts careers = portal.careers.careersAccounts();
    String email = Portal.uniqueEmail("candidate-secret");
    String password = Portal.newPassword();
    portal.attempt("candidate sign up", () -> careers.createAccount(CreateCandidateAccount.builder().email(email)
        .firstName("Lena").lastName("Petrova").language(Locale.ENGLISH).relation(StaffRelation.CONSULTANT)
        .password(Secret.of(password)).passwordConfirmation(Secret.of(password)).build(), Actor.anonymous()));
    Secret code = portal.lastCode(email, CareersAccounts.VERIFICATION_CODE);
    portal.attempt("candidate wrong code", () -> careers.verifyEmail(VerifyCandidateEmail.builder().email(email)
        .code(Secret.of("999999")).build(), Actor.anonymous()));
    CandidateId candidate = (CandidateId) portal.attempt("candidate verify", () -> careers.verifyEmail(
        VerifyCandidateEmail.builder().email(email).code(code).build(), Actor.anonymous()).value()).value()
        .orElseThrow();
    portal.attempt("candidate reuse code", () -> careers.verifyEmail(VerifyCandidateEmail.builder().email(email)
        .code(code).build(), Actor.anonymous()));
    portal.attempt("candidate sign in", () -> careers.signIn(CandidateSignIn.builder().email(email)
        .password(Secret.of(password)).build(), Actor.anonymous()));
    for (int i = 0; i < 5; i++) {
      portal.attempt("candidate wrong password", () -> careers.signIn(CandidateSignIn.builder().email(email)
          .password(Secret.of(password + "x")).build(), Actor.anonymous()));
    }
    portal.attempt("candidate forgot", () -> careers.forgotPassword(CandidateForgotPassword.builder().email(email)
        .build(), Actor.anonymous()));
    Secret reset = portal.lastCode(email, CareersAccounts.RESET_CODE);
    String next = Portal.newPassword();
    portal.attempt("candidate reset", () -> careers.resetPassword(CandidateResetPassword.builder().email(email)
        .code(reset).password(Secret.of(next)).passwordConfirmation(Secret.of(next)).build(), Actor.anonymous()));
    String third = Portal.newPassword();
    portal.attempt("candidate change password, wrong current", () -> careers.changePassword(
        ChangeCandidatePassword.builder().candidate(candidate).currentPassword(Secret.of(password))
            .password(Secret.of(third)).passwordConfirmation(Secret.of(third)).build(), Candidate.of(candidate)));
    portal.attempt("candidate change password", () -> careers.changePassword(ChangeCandidatePassword.builder()
        .candidate(candidate).currentPassword(Secret.of(next)).password(Secret.of(third))
        .passwordConfirmation(Secret.of(third)).build(), Candidate.of(candidate)));
    portal.relay(n -> { }).deliverDue();
    portal.candidateStore.find(candidate).ifPresent(a -> Evidence.text("stored candidate", a.toString()));
    portal.audit();
    for (Outbox.Entry e : portal.memory.outbox().entries()) {
      Evidence.text("outbox entry", e.toString());
      assertThat(e.notification().parameters()).as("delivered notifications keep no secret")
          .doesNotContainKey(CareersAccounts.CODE);
    }

    assertThat(Evidence.hits()).isEmpty();
  }

  @Test
  void theCaptureSeesTheLibrarysLogLines() {
    Portal portal = new Portal();
    String email = Portal.uniqueEmail("seen");
    portal.accounts.signUp(portal.signUpForm(email, Portal.PASSWORD), Actor.anonymous());

    assertThat(Evidence.pending(line -> line.contains("org.memberportal.account.UserAccounts")
        && line.contains("signed up"))).isTrue();
  }

  @Test
  void theScannerFlagsASecretInAnyText() {
    String canary = Portal.newPassword();
    String code = String.valueOf(100_000 + new java.util.Random().nextInt(900_000));
    Evidence.secret(code);
    LoggerFactory.getLogger("canary").info("not a secret");

    assertThat(Evidence.wouldFlag("user typed " + canary + " in the name field")).isTrue();
    assertThat(Evidence.wouldFlag("code=" + code + ";")).isTrue();
    assertThat(Evidence.wouldFlag("key account.verification-code:17" + code + "00000")).isFalse();
  }

  @AfterAll
  static void report() {
    List<String> hits = Evidence.hits();
    String md = "## Secrets\n\n"
        + "Every suite runs with an appender on the root logger at INFO (all of the library's log output), and "
        + "captures every event, every exception's code, reason and message (and its cause's message), the "
        + "`toString()` of every returned value and of every notification and outbox entry. These texts are "
        + "scanned for every password the suites generated, every one-time code that went into the outbox "
        + "(verification, reset, email change, and the Careers candidate codes) and every stored password hash (the whole PHC string and its hash "
        + "part). Codes shorter than 12 characters count as found only as a whole token, so a six-digit code is "
        + "not \"found\" inside a timestamp. `SecretHygieneTests` adds every code path (right, wrong and reused "
        + "codes, wrong passwords up to lockout, reset, password and email changes, delivery and scrubbing) and "
        + "runs the Careers candidate account through the same paths (sign-up, wrong/right/reused code, wrong passwords, reset, "
        + "password change, with generated passwords and the stored candidate hash in the scan), and proves the capture sees the library's log lines and the scanner flags a planted secret.\n\n"
        + Report.EVIDENCE + "\n\n"
        + "Each suite also fails on its own if any hit is found when it ends.\n";
    Report.section("6-secrets", md);
    assertThat(hits).isEmpty();
  }
}
