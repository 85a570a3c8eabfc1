/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.memberportal.careers.testkit.CareersWorld;
import org.memberportal.kernel.Actor;
import org.memberportal.careers.Candidate;
import org.memberportal.careers.CandidateId;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.Notification;
import org.memberportal.kernel.Outbox;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.Secret;
import org.memberportal.kernel.ValidationFailed;
import org.memberportal.kernel.Violation;

/**
 * Careers passwords as NIST SP 800-63B-4 asks, like user accounts': compared in NFKC, refused when not
 * well-formed, bounded in length on sign-in and change before any hashing; and common however decorated.
 */
class CandidatePasswordFormTests {

  private static final String EMAIL = "lena.petrova@example.org";
  private static final String NFC = "Caf\u00e9-Cr\u00e8me-Sky-42";
  private static final String NFD = "Cafe\u0301-Cre\u0300me-Sky-42";

  private final CareersWorld world = new CareersWorld();
  private final CareersAccounts service = world.careersAccounts;
  private final Actor visitor = Actor.anonymous();

  private Outcome<?> create(String password) {
    return service.createAccount(CreateCandidateAccount.builder().email(EMAIL).firstName("Lena").lastName("Petrova")
        .language(Locale.ENGLISH).relation(StaffRelation.NONE).password(Secret.of(password))
        .passwordConfirmation(Secret.of(password)).build(), visitor);
  }

  private CandidateId verified(String password) {
    create(password);
    List<Notification> codes = world.kernel.outbox().entries().stream().map(Outbox.Entry::notification)
        .filter(n -> n.kind().equals(CareersAccounts.VERIFICATION_CODE)).toList();
    return service.verifyEmail(VerifyCandidateEmail.builder().email(EMAIL).code(Secret.of(
        codes.get(codes.size() - 1).parameters().get(CareersAccounts.CODE))).build(), visitor).value();
  }

  private Outcome<CandidateSignInResult> signIn(String password) {
    return service.signIn(CandidateSignIn.builder().email(EMAIL).password(Secret.of(password)).build(), visitor);
  }

  @Test
  void aPasswordTypedInNfdSignsInLikeTheOneTypedInNfc() {
    CandidateId id = verified(NFC);

    assertThat(signIn(NFD).value()).isEqualTo(new CandidateSignInResult.SignedIn(id));
  }

  @Test
  void aDecoratedCommonPasswordIsRefused() {
    ValidationFailed failure = catchThrowableOfType(ValidationFailed.class, () -> create("Welcome@2024"));

    assertThat(failure.violations()).extracting(Violation::code).containsExactly("account.password.common");
  }

  @Test
  void aLoneSurrogateIsRefusedAtSignUpAndAtSignIn() {
    ValidationFailed atSignUp = catchThrowableOfType(ValidationFailed.class, () -> create("Blue-Heron-\uD800-42"));
    verified("Blue-Heron-?-42");
    ValidationFailed atSignIn = catchThrowableOfType(ValidationFailed.class, () -> signIn("Blue-Heron-\uD800-42"));

    assertThat(atSignUp.violations()).extracting(Violation::code).containsExactly("account.password.ill-formed");
    assertThat(atSignIn.violations()).extracting(Violation::code, Violation::path)
        .containsExactly(tuple("account.password.ill-formed", "password"));
  }

  @Test
  void signInAndChangeRefuseAPasswordLongerThanThePolicyAllows() {
    CandidateId id = verified("Blue-Heron-42-Lake");
    String fresh = "Green-Falcon-77-Hill";

    ValidationFailed atSignIn = catchThrowableOfType(ValidationFailed.class, () -> signIn("x".repeat(1_000_000)));
    ValidationFailed atChange = catchThrowableOfType(ValidationFailed.class, () -> service.changePassword(
        ChangeCandidatePassword.builder().candidate(id).currentPassword(Secret.of("x".repeat(129)))
            .password(Secret.of(fresh)).passwordConfirmation(Secret.of(fresh)).build(), Candidate.of(id)));

    assertThat(atSignIn.violations()).extracting(Violation::code).containsExactly("account.password.too-long");
    assertThat(atChange.violations()).extracting(Violation::code, Violation::path)
        .containsExactly(tuple("account.password.too-long", "currentPassword"));
    assertThat(world.accounts.findByEmail(EmailAddress.of(EMAIL)).orElseThrow().lockout().failures()).isZero();
  }
}
