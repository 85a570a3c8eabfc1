/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.memberportal.account.Acknowledgement;
import org.memberportal.account.credential.PasswordContext;
import org.memberportal.account.credential.PasswordPolicy;
import org.memberportal.account.recovery.ResetLimits;
import org.memberportal.account.testkit.Requesters;
import org.memberportal.account.verification.CodePurpose;
import org.memberportal.account.verification.CodeSubject;
import org.memberportal.careers.Recruiter;
import org.memberportal.careers.privacy.DeleteProfile;
import org.memberportal.careers.testkit.CareersWorld;
import org.memberportal.careers.testkit.HeldValues;
import org.memberportal.careers.testkit.ProfileFixtures;
import org.memberportal.kernel.Actor;
import org.memberportal.careers.Candidate;
import org.memberportal.careers.CandidateId;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.Notification;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.PreconditionFailed;
import org.memberportal.kernel.Secret;
import org.memberportal.kernel.StaffId;
import org.memberportal.kernel.Validation;
import org.memberportal.kernel.ValidationFailed;
import org.memberportal.kernel.Violation;

class CareersAccountsTests {

  private static final String PASSWORD = "Blue-Heron-42-Lake";
  private static final String EMAIL = "lena.petrova@example.org";

  private final CareersWorld world = new CareersWorld();
  private final CareersAccounts service = world.careersAccounts;
  private final Actor visitor = Actor.anonymous();

  private static CreateCandidateAccount.Builder form(String email, StaffRelation relation) {
    return form(email, relation, Locale.ENGLISH, PASSWORD);
  }

  private static CreateCandidateAccount.Builder form(String email, StaffRelation relation, Locale language,
      String password) {
    CreateCandidateAccount.Builder b = CreateCandidateAccount.builder();
    b.email(email).firstName("Lena").lastName("Petrova").language(language).relation(relation)
        .password(Secret.of(password)).passwordConfirmation(Secret.of(password));
    return b;
  }

  private Outcome<Acknowledgement> create(String email, StaffRelation relation) {
    return service.createAccount(form(email, relation).build(), visitor);
  }

  private List<Notification> sent(String kind) {
    return world.mails(kind);
  }

  private Secret lastCode(String kind) {
    return world.lastCode(kind);
  }

  private CandidateId verified(String email) {
    create(email, StaffRelation.NONE);
    return service.verifyEmail(VerifyCandidateEmail.builder().email(email)
        .code(lastCode(CareersAccounts.VERIFICATION_CODE)).build(), visitor).value();
  }

  private Outcome<CandidateSignInResult> signIn(String email, String password) {
    return service.signIn(CandidateSignIn.builder().email(email).password(Secret.of(password)).build(), visitor);
  }

  @Test
  void currentStaffCannotCreateExternalAccount() {
    world.staff.register(EmailAddress.of("staff.member@example.org"), StaffRelation.CURRENT_STAFF);

    assertThatThrownBy(() -> create("staff.member@example.org", StaffRelation.NONE))
        .isInstanceOf(PreconditionFailed.class).extracting("reason").isEqualTo(CareersAccounts.CURRENT_STAFF);
    assertThatThrownBy(() -> create("someone.else@example.org", StaffRelation.CURRENT_STAFF))
        .isInstanceOf(PreconditionFailed.class).extracting("reason").isEqualTo(CareersAccounts.CURRENT_STAFF);
    assertThat(world.accounts.all()).isEmpty();
    assertThat(world.kernel.outbox().entries()).isEmpty();
  }

  @Test
  void refusalOfCurrentStaffSaysToUseTheInternalEmployeeProfile() {
    assertThat(Validation.message(CareersAccounts.CURRENT_STAFF, Locale.ENGLISH, Map.of()))
        .contains("internal employee profile");
    assertThat(Validation.hasOwnMessage(CareersAccounts.CURRENT_STAFF, Locale.FRENCH)).isTrue();
    assertThat(Validation.message(CareersAccounts.CURRENT_STAFF, Locale.FRENCH, Map.of()))
        .contains("profil d'employé interne");
  }

  @Test
  void consultantsInternsAndLoanedStaffMayCreateAccount() {
    int i = 0;
    for (StaffRelation r : List.of(StaffRelation.CONSULTANT, StaffRelation.INTERN, StaffRelation.LOANED_STAFF)) {
      String email = "person" + i++ + "@example.org";
      world.staff.register(EmailAddress.of(email), r);
      create(email, r);
      assertThat(world.accounts.findByEmail(EmailAddress.of(email))).get()
          .extracting(CandidateAccount::relation).isEqualTo(r);
    }
    assertThat(world.accounts.all()).hasSize(3);
  }

  @Test
  void newAccountAwaitsVerificationAndReceivesACodeInItsLanguage() {
    service.createAccount(form(EMAIL, StaffRelation.NONE, Locale.FRENCH, PASSWORD).build(), visitor);

    CandidateAccount account = world.accounts.findByEmail(EmailAddress.of(EMAIL)).orElseThrow();
    assertThat(account.status()).isEqualTo(CandidateAccountStatus.AWAITING_VERIFICATION);
    assertThat(sent(CareersAccounts.VERIFICATION_CODE)).singleElement().satisfies(n -> {
      assertThat(n.recipient()).isEqualTo(EmailAddress.of(EMAIL));
      assertThat(n.locale()).isEqualTo(Locale.FRENCH);
      assertThat(n.secretParameters()).containsExactly(CareersAccounts.CODE);
    });
  }

  @Test
  void verifiedCandidateSignsIn() {
    CandidateId id = verified(EMAIL);
    assertThat(signIn(EMAIL, PASSWORD).value()).isEqualTo(new CandidateSignInResult.SignedIn(id));
  }

  @Test
  void unverifiedCandidateCannotSignIn() {
    create(EMAIL, StaffRelation.NONE);
    assertThat(signIn(EMAIL, PASSWORD).value()).isInstanceOf(CandidateSignInResult.Rejected.class);
  }

  @Test
  void wrongCodeIsRefusedAndTheAttemptCounts() {
    create(EMAIL, StaffRelation.NONE);
    assertThatThrownBy(() -> service.verifyEmail(
        VerifyCandidateEmail.builder().email(EMAIL).code(Secret.of("000000x")).build(), visitor))
        .isInstanceOf(PreconditionFailed.class).extracting("reason").isEqualTo(CareersAccounts.CODE_REJECTED);
    CandidateId id = world.accounts.findByEmail(EmailAddress.of(EMAIL)).orElseThrow().id();
    assertThat(world.kernel.eventLog().trail("candidate:" + id)).last()
        .isInstanceOf(CandidateAccountEvent.CodeRefused.class);
  }

  private Outcome<Acknowledgement> resend(String email) {
    return service.resendCode(ResendCandidateCode.builder().email(email).build(), visitor);
  }

  @Test
  void didntGetTheCodeSendsAFreshOneThatVerifiesAndKillsThePreviousOne() {
    create(EMAIL, StaffRelation.NONE);
    Secret first = lastCode(CareersAccounts.VERIFICATION_CODE);
    world.clock.advance(Duration.ofMinutes(2));

    resend(EMAIL.toUpperCase(Locale.ROOT));
    Secret fresh = lastCode(CareersAccounts.VERIFICATION_CODE);

    assertThat(sent(CareersAccounts.VERIFICATION_CODE)).hasSize(2);
    assertThatThrownBy(() -> service.verifyEmail(VerifyCandidateEmail.builder().email(EMAIL).code(first).build(),
        visitor)).isInstanceOf(PreconditionFailed.class).extracting("reason").isEqualTo(CareersAccounts.CODE_REJECTED);
    assertThat(service.verifyEmail(VerifyCandidateEmail.builder().email(EMAIL).code(fresh).build(), visitor).value())
        .isEqualTo(world.accounts.findByEmail(EmailAddress.of(EMAIL)).orElseThrow().id());
  }

  @Test
  void didntGetTheCodeAnswersTheSameForEveryAddressAndMailsOnlyAnAccountAwaitingVerification() {
    verified("active@example.org");
    create(EMAIL, StaffRelation.NONE);
    world.clock.advance(Duration.ofMinutes(2));
    int mails = world.kernel.outbox().entries().size();

    Outcome<Acknowledgement> unknown = resend("nobody@example.org");
    Outcome<Acknowledgement> active = resend("active@example.org");
    Outcome<Acknowledgement> awaiting = resend(EMAIL);

    assertThat(List.of(unknown, active, awaiting)).extracting(Outcome::value).containsOnly(unknown.value());
    assertThat(unknown.events()).isEmpty();
    assertThat(active.events()).isEmpty();
    assertThat(world.kernel.outbox().entries()).hasSize(mails + 1);
    assertThat(world.kernel.outbox().entries().get(mails).notification().recipient())
        .isEqualTo(EmailAddress.of(EMAIL));
  }

  @Test
  void didntGetTheCodeKeepsTheCoolDownAndTheDailyCapOfTheSignUpCode() {
    create(EMAIL, StaffRelation.NONE);

    resend(EMAIL);
    assertThat(sent(CareersAccounts.VERIFICATION_CODE)).hasSize(1);
    for (int i = 0; i < 20; i++) {
      world.clock.advance(Duration.ofMinutes(2));
      resend(EMAIL);
    }

    assertThat(sent(CareersAccounts.VERIFICATION_CODE)).hasSize(10);
  }

  @Test
  void didntGetTheCodeValidatesTheAddressFirstAndIsForVisitorsOnly() {
    assertThatThrownBy(() -> resend("not an address")).isInstanceOf(ValidationFailed.class);
    assertThatThrownBy(() -> service.resendCode(ResendCandidateCode.builder().email(EMAIL).build(),
        Candidate.of(CandidateId.random()))).isInstanceOf(NotAllowed.class);
  }

  @Test
  void signUpWithATakenAddressCreatesNoSecondAccountAndTellsTheHolder() {
    Outcome<Acknowledgement> first = create(EMAIL, StaffRelation.NONE);
    Outcome<Acknowledgement> second = create(EMAIL.toUpperCase(Locale.ROOT), StaffRelation.NONE);

    assertThat(second.value().getClass()).isEqualTo(first.value().getClass());
    assertThat(world.accounts.all()).hasSize(1);
    assertThat(sent(CareersAccounts.SIGN_UP_ATTEMPT)).hasSize(1);
  }

  @Test
  void signUpsWithATakenAddressEmailTheHolderAtMostOnceADay() {
    create(EMAIL, StaffRelation.NONE);
    for (int i = 0; i < 5; i++) {
      world.clock.advance(Duration.ofMinutes(5));
      create(EMAIL, StaffRelation.NONE);
    }
    assertThat(sent(CareersAccounts.SIGN_UP_ATTEMPT)).hasSize(1);

    world.clock.advance(Duration.ofDays(1));
    create(EMAIL, StaffRelation.NONE);
    assertThat(sent(CareersAccounts.SIGN_UP_ATTEMPT)).hasSize(2);
  }

  private static final String HOLDER = "198.51.100.7";

  private void forgotFrom(String requester) {
    service.forgotPassword(CandidateForgotPassword.builder().email(EMAIL).requester(requester).build(), visitor);
  }

  private Outcome<CandidateId> resetFrom(String requester, Secret code, String password) {
    return service.resetPassword(CandidateResetPassword.builder().email(EMAIL).code(code).requester(requester)
        .password(Secret.of(password)).passwordConfirmation(Secret.of(password)).build(), visitor);
  }

  @Test
  void aFloodFromOtherRequestersNeverStopsTheCandidateFromResetting() {
    CandidateId id = verified(EMAIL);
    List<String> strangers = Requesters.outsideGroupOf(HOLDER, 9, world.secrets);
    for (String stranger : strangers) {
      for (int i = 0; i < 5; i++) {
        forgotFrom(stranger);
        world.clock.advance(Duration.ofSeconds(61));
      }
    }

    forgotFrom(HOLDER);
    Secret own = lastCode(CareersAccounts.RESET_CODE);
    for (String stranger : strangers) {
      forgotFrom(stranger);
      for (int guess = 0; guess < 10; guess++) {
        String wrong = String.format("%06d", guess);
        catchThrowableOfType(PreconditionFailed.class, () -> resetFrom(stranger, Secret.of(wrong), "Green-Falcon-77"));
      }
    }

    assertThat(resetFrom(HOLDER, own, "Brown-Otter-31-Bay").value()).isEqualTo(id);
    assertThat(signIn(EMAIL, "Brown-Otter-31-Bay").value()).isInstanceOf(CandidateSignInResult.SignedIn.class);
  }

  @Test
  void aFloodFromAnyNumberOfRequestersSendsAtMostTwentyResetEmailsADay() {
    verified(EMAIL);
    for (String stranger : Requesters.outsideGroupOf(HOLDER, 40, world.secrets)) {
      for (int i = 0; i < 3; i++) {
        forgotFrom(stranger);
        world.clock.advance(Duration.ofSeconds(61));
      }
    }

    assertThat(sent(CareersAccounts.RESET_CODE)).hasSize(20);
  }

  @Test
  void erasureForgetsTheResetCodesOfEveryRequester() {
    CandidateId id = verified(EMAIL);
    forgotFrom(HOLDER);
    service.forgotPassword(CandidateForgotPassword.builder().email(EMAIL).build(), visitor);

    world.privacy.deleteProfile(DeleteProfile.builder().candidate(id).build(), Candidate.of(id));

    for (int group = -1; group < ResetLimits.defaults().groups(); group++) {
      CodePurpose purpose = new CodePurpose("password-reset" + (group < 0 ? "" : "/" + group));
      assertThat(world.codes.find(CodeSubject.of("candidate", id), purpose)).isEmpty();
    }
  }

  @Test
  void forgotPasswordAnswersTheSameForUnknownEmail() {
    verified(EMAIL);
    Outcome<Acknowledgement> known =
        service.forgotPassword(CandidateForgotPassword.builder().email(EMAIL).build(), visitor);
    Outcome<Acknowledgement> unknown =
        service.forgotPassword(CandidateForgotPassword.builder().email("nobody@example.org").build(), visitor);

    assertThat(unknown.value()).isEqualTo(known.value());
    assertThat(sent(CareersAccounts.RESET_CODE)).singleElement()
        .extracting(Notification::recipient).isEqualTo(EmailAddress.of(EMAIL));
  }

  @Test
  void resetCodeSetsANewPassword() {
    verified(EMAIL);
    service.forgotPassword(CandidateForgotPassword.builder().email(EMAIL).build(), visitor);
    String fresh = "Green-Falcon-77-Hill";

    service.resetPassword(CandidateResetPassword.builder().email(EMAIL).code(lastCode(CareersAccounts.RESET_CODE))
        .password(Secret.of(fresh)).passwordConfirmation(Secret.of(fresh)).build(), visitor);

    assertThat(signIn(EMAIL, PASSWORD).value()).isInstanceOf(CandidateSignInResult.Rejected.class);
    assertThat(signIn(EMAIL, fresh).value()).isInstanceOf(CandidateSignInResult.SignedIn.class);
    assertThat(sent(CareersAccounts.PASSWORD_CHANGED)).hasSize(1);
  }

  @Test
  void passwordChangeNeedsTheCurrentPassword() {
    CandidateId id = verified(EMAIL);
    String fresh = "Green-Falcon-77-Hill";
    assertThatThrownBy(() -> service.changePassword(ChangeCandidatePassword.builder().candidate(id)
        .currentPassword(Secret.of("Wrong-Guess-11-Now")).password(Secret.of(fresh))
        .passwordConfirmation(Secret.of(fresh)).build(), Candidate.of(id)))
        .isInstanceOf(PreconditionFailed.class).extracting("reason").isEqualTo(CareersAccounts.WRONG_PASSWORD);

    service.changePassword(ChangeCandidatePassword.builder().candidate(id).currentPassword(Secret.of(PASSWORD))
        .password(Secret.of(fresh)).passwordConfirmation(Secret.of(fresh)).build(), Candidate.of(id));
    assertThat(signIn(EMAIL, fresh).value()).isInstanceOf(CandidateSignInResult.SignedIn.class);
  }

  @Test
  void onlyTheCandidateChangesTheirPassword() {
    CandidateId id = verified(EMAIL);
    assertThatThrownBy(() -> service.changePassword(ChangeCandidatePassword.builder().candidate(id)
        .currentPassword(Secret.of(PASSWORD)).password(Secret.of("Green-Falcon-77-Hill"))
        .passwordConfirmation(Secret.of("Green-Falcon-77-Hill")).build(), Recruiter.of(StaffId.random())))
        .isInstanceOf(NotAllowed.class);
  }

  @Test
  void samePasswordPolicyAsUserAccounts() {
    String weak = "password";
    ValidationFailed refused = catchThrowableOfType(ValidationFailed.class,
        () -> service.createAccount(form(EMAIL, StaffRelation.NONE, Locale.ENGLISH, weak).build(), visitor));
    List<Violation> expected = PasswordPolicy.seed().violations("password", Secret.of(weak), Secret.of(weak),
        PasswordContext.of(EMAIL, "Lena", "Petrova"), Locale.ENGLISH);

    assertThat(expected).isNotEmpty();
    assertThat(refused.violations()).extracting(Violation::code)
        .containsExactlyInAnyOrderElementsOf(expected.stream().map(Violation::code).toList());
    assertThat(world.accounts.all()).isEmpty();
  }

  @Test
  void repeatedWrongPasswordsLockSignInForAWhile() {
    verified(EMAIL);
    for (int i = 0; i < 4; i++) {
      signIn(EMAIL, "Wrong-Guess-11-Now");
    }
    assertThat(signIn(EMAIL, PASSWORD).value()).isInstanceOf(CandidateSignInResult.Rejected.class);
    world.clock.advance(Duration.ofMinutes(16));
    assertThat(signIn(EMAIL, PASSWORD).value()).isInstanceOf(CandidateSignInResult.SignedIn.class);
  }

  @Test
  void onlyVisitorsSignUpSignInAndRecover() {
    Actor signedIn = Candidate.of(CandidateId.random());
    assertThatThrownBy(() -> service.createAccount(form(EMAIL, StaffRelation.NONE).build(), signedIn))
        .isInstanceOf(NotAllowed.class);
    assertThatThrownBy(() -> service.forgotPassword(CandidateForgotPassword.builder().email(EMAIL).build(),
        Recruiter.of(StaffId.random()))).isInstanceOf(NotAllowed.class);
    assertThat(world.accounts.all()).isEmpty();
  }

  @Test
  void missingFieldsFailValidation() {
    assertThatThrownBy(() -> service.signIn(CandidateSignIn.builder().email(EMAIL).build(), visitor))
        .isInstanceOf(ValidationFailed.class)
        .satisfies(e -> assertThat(((ValidationFailed) e).violations()).extracting(Violation::path)
            .containsExactly("password"));
  }

  @Test
  void deletingTheProfileErasesTheCareersAccountToo() {
    CandidateId id = verified(EMAIL);
    world.fill(id, ProfileFixtures.complete(id));
    assertThat(HeldValues.found(world, Set.of("Lena", "Petrova"))).isNotEmpty();

    world.privacy.deleteProfile(DeleteProfile.builder().candidate(id).build(), Candidate.of(id));

    assertThat(world.accounts.find(id)).isEmpty();
    assertThat(HeldValues.found(world, Set.of("Lena", "Petrova"))).isEmpty();
    assertThat(signIn(EMAIL, PASSWORD).value()).isInstanceOf(CandidateSignInResult.Rejected.class);
  }

  @Test
  void exportIncludesTheCareersAccountButNeverItsPasswordHash() {
    CandidateId id = verified(EMAIL);
    String json = world.privacy.export(id, Candidate.of(id)).toJson();
    CandidateAccount account = world.accounts.find(id).orElseThrow();

    assertThat(json).contains(EMAIL, "Lena", "Petrova", "\"relation\":\"NONE\"");
    assertThat(json).doesNotContain(account.password().orElseThrow().phc());
  }

  @Test
  void signingInCountsAsActivityForRetention() {
    CandidateId active = verified(EMAIL);
    CandidateId dormant = verified("dormant@example.org");
    world.fill(active, ProfileFixtures.complete(active));
    world.clock.advance(Duration.ofDays(365L * CareersWorld.RETENTION_YEARS - 10));
    assertThat(signIn(EMAIL, PASSWORD).value()).isInstanceOf(CandidateSignInResult.SignedIn.class);
    world.clock.advance(Duration.ofDays(20));

    assertThat(world.privacy.applyRetention(Actor.system("retention")).value().erased())
        .containsExactly(dormant);
    assertThat(world.accounts.find(active)).isPresent();
    assertThat(world.profiles.find(active)).isPresent();
    assertThat(world.accounts.find(dormant)).isEmpty();
  }

  @Test
  void noSecretReachesEventsOrPrintedValues() {
    verified(EMAIL);
    service.forgotPassword(CandidateForgotPassword.builder().email(EMAIL).build(), visitor);
    String code = lastCode(CareersAccounts.RESET_CODE).reveal();
    CandidateAccount account = world.accounts.findByEmail(EmailAddress.of(EMAIL)).orElseThrow();
    String printed = world.kernel.eventLog().all().stream().map(DomainEvent::toString).toList() + " " + account
        + " " + sent(CareersAccounts.RESET_CODE);

    assertThat(printed).doesNotContain(PASSWORD, code, EMAIL, "Lena", account.password().orElseThrow().phc());
  }
}
