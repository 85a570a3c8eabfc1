/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.memberportal.careers.testkit.CareersWorld;
import org.memberportal.kernel.Actor;
import org.memberportal.careers.CandidateId;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.PreconditionFailed;
import org.memberportal.kernel.Secret;
import org.memberportal.kernel.Validation;
import org.memberportal.kernel.ValidationFailed;
import org.memberportal.kernel.Violation;

/** Items 1 and 2 of issue 17 for careers accounts: one reading of an address, one account per mailbox. */
class CandidateAddressTests {

  private static final String PASSWORD = "Blue-Heron-42-Lake";
  private static final String OTHER_PASSWORD = "Quiet!Meadow-77";
  private static final String LENA = "lena@example.org";
  private static final String PADDED = " lena@example.org\t ";

  private final CareersWorld world = new CareersWorld();
  private final CareersAccounts service = world.careersAccounts;
  private final Actor visitor = Actor.anonymous();

  private void create(String email, Actor actor) {
    service.createAccount(CreateCandidateAccount.builder().email(email).firstName("Lena").lastName("Petrova")
        .language(Locale.ENGLISH).relation(StaffRelation.NONE).password(Secret.of(PASSWORD))
        .passwordConfirmation(Secret.of(PASSWORD)).build(), actor);
  }

  private CandidateId verified(String email) {
    create(email, visitor);
    return service.verifyEmail(VerifyCandidateEmail.builder().email(email)
        .code(world.lastCode(CareersAccounts.VERIFICATION_CODE)).build(), visitor).value();
  }

  private CandidateSignInResult signIn(String email, String password) {
    return service.signIn(CandidateSignIn.builder().email(email).password(Secret.of(password)).build(), visitor)
        .value();
  }

  /** Every careers command that takes an address, run with the given text as that address. */
  private Map<String, Consumer<String>> commands() {
    Secret code = Secret.of("123456");
    Map<String, Consumer<String>> all = new LinkedHashMap<>();
    all.put("sign-up", e -> create(e, visitor));
    all.put("verify", e -> service.verifyEmail(VerifyCandidateEmail.builder().email(e).code(code).build(), visitor));
    all.put("sign-in", e -> signIn(e, PASSWORD));
    all.put("forgot", e -> service.forgotPassword(CandidateForgotPassword.builder().email(e).build(), visitor));
    all.put("reset", e -> service.resetPassword(CandidateResetPassword.builder().email(e).code(code)
        .password(Secret.of(OTHER_PASSWORD)).passwordConfirmation(Secret.of(OTHER_PASSWORD)).build(), visitor));
    return all;
  }

  @Test
  void blanksAroundAnAddressAreDroppedByEveryCandidateCommand() {
    create(PADDED, visitor);
    CandidateId lena = service.verifyEmail(VerifyCandidateEmail.builder().email(PADDED)
        .code(world.lastCode(CareersAccounts.VERIFICATION_CODE)).build(), visitor).value();
    assertThat(world.accounts.find(lena).orElseThrow().email().display()).isEqualTo(LENA);

    assertThat(signIn(PADDED, PASSWORD)).isEqualTo(new CandidateSignInResult.SignedIn(lena));

    service.forgotPassword(CandidateForgotPassword.builder().email(PADDED).build(), visitor);
    assertThat(world.mails(CareersAccounts.RESET_CODE)).hasSize(1);
    service.resetPassword(CandidateResetPassword.builder().email(PADDED)
        .code(world.lastCode(CareersAccounts.RESET_CODE))
        .password(Secret.of(OTHER_PASSWORD)).passwordConfirmation(Secret.of(OTHER_PASSWORD)).build(), visitor);
    assertThat(signIn(LENA, OTHER_PASSWORD)).isEqualTo(new CandidateSignInResult.SignedIn(lena));

    create(PADDED, visitor);
    assertThat(world.accounts.all()).hasSize(1);
  }

  @Test
  void theSameMalformedOrSpoofedTextIsRefusedAlikeByEveryCandidateCommand() {
    verified(LENA);
    int mails = world.kernel.outbox().entries().size();

    Map.of(" lena@@example.org ", "kernel.email.malformed",
            "le\u200Bna@example.org", "kernel.email.invisible-character")
        .forEach((typed, code) -> commands().forEach((name, command) -> {
          ValidationFailed failure = catchThrowableOfType(ValidationFailed.class, () -> command.accept(typed));

          assertThat(failure).as(name).isNotNull();
          assertThat(failure.violations()).as(name).filteredOn(v -> v.path().equals("email"))
              .extracting(Violation::code).containsExactly(code);
        }));
    assertThat(world.accounts.all()).hasSize(1);
    assertThat(world.kernel.outbox().entries()).hasSize(mails);
  }

  @ParameterizedTest(name = "{1} after {0}")
  @CsvSource(delimiter = '|', value = {
      "lena@example.org    | ｌｅｎａ@example.org",   // full-width letters
      "lena@strasse.de     | lena@straße.de",       // sharp s in the domain
      "lena@example.org    | lena@example。org",     // ideographic full stop
      "idil@example.org    | İDİL@example.org",      // Turkish dotted capital I
  })
  void aLookAlikeOfATakenAddressMakesNoSecondCandidateAccount(String taken, String lookAlike) {
    CandidateId holder = verified(taken);

    create(lookAlike, visitor);

    assertThat(world.accounts.all()).hasSize(1);
    assertThat(world.mails(CareersAccounts.SIGN_UP_ATTEMPT)).hasSize(1);
    assertThat(signIn(lookAlike, PASSWORD)).isEqualTo(new CandidateSignInResult.SignedIn(holder));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "le\u200Bna@example.org | kernel.email.invisible-character",
      "\u202Elena@example.org | kernel.text.bidi-control",
      "lеna@example.org       | kernel.email.mixed-script",  // Cyrillic е in a Latin name
      "lena@example           | kernel.email.single-label-domain",
      "lena@[192.0.2.1]       | kernel.email.ip-literal",
  })
  void anAddressThatOnlySpoofsOrRoutesNowhereIsRefusedWithItsOwnCode(String typed, String code) {
    for (Locale language : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
      ValidationFailed failure =
          catchThrowableOfType(ValidationFailed.class, () -> create(typed, visitor.in(language)));

      assertThat(failure.violations()).as(language.toString())
          .containsExactly(new Violation(code, "email", Validation.message(code, language, Map.of())));
    }
    assertThat(world.accounts.all()).isEmpty();
    assertThat(world.kernel.outbox().entries()).isEmpty();
  }

  @Test
  void aLookAlikeOfAStaffAddressIsStillStaff() {
    world.staff.register(EmailAddress.of("staff.member@itu.int"), StaffRelation.CURRENT_STAFF);

    PreconditionFailed refusal = catchThrowableOfType(PreconditionFailed.class,
        () -> create("ＳＴＡＦＦ.member@ITU。INT", visitor));

    assertThat(refusal.reason()).isEqualTo(CareersAccounts.CURRENT_STAFF);
    assertThat(world.accounts.all()).isEmpty();
  }
}
