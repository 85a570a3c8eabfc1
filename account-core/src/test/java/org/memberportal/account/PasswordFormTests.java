/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.memberportal.account.testkit.AccountFixtures.PASSWORD;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.memberportal.account.testkit.AccountFixtures;
import org.memberportal.account.testkit.AccountWorld;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.Secret;
import org.memberportal.kernel.ValidationFailed;
import org.memberportal.kernel.Violation;

/**
 * Passwords as NIST SP 800-63B-4 asks: compared in NFKC, so that the same password typed on two keyboards signs
 * in; refused when not well-formed text (a lone surrogate would hash like {@code ?}); bounded in length on
 * sign-in and change as on sign-up, before any hashing. And the organisation typed at sign-up is context.
 */
class PasswordFormTests {

  private static final String ADA = "ada@example.org";
  private static final String NFC = "Caf\u00e9-Cr\u00e8me-Sky-42";
  private static final String NFD = "Cafe\u0301-Cre\u0300me-Sky-42";

  private final AccountWorld world = new AccountWorld();

  private Outcome<SignInResult> signIn(String email, String password) {
    return world.accounts.signIn(SignIn.builder().email(email).password(Secret.of(password)).build(),
        Actor.anonymous());
  }

  @Test
  void aPasswordTypedInNfdSignsInLikeTheOneTypedInNfc() {
    AccountId id = world.activeAccount(AccountFixtures.signUp(ADA).password(NFC).build());

    assertThat(signIn(ADA, NFD).value()).isEqualTo(new SignInResult.SignedIn(id));
    assertThat(signIn(ADA, "\uFF23af\u00e9-Cr\u00e8me-Sky-\uFF14\uFF12").value())
        .as("full-width letters and digits are their compatibility equivalents")
        .isEqualTo(new SignInResult.SignedIn(id));
  }

  @Test
  void aPasswordChosenInNfdSignsInTypedInNfc() {
    AccountId id = world.activeAccount(AccountFixtures.signUp(ADA).password(NFD).build());

    assertThat(signIn(ADA, NFC).value()).isEqualTo(new SignInResult.SignedIn(id));
  }

  @Test
  void aLoneSurrogateIsRefusedAtSignUpAndStoresNothing() {
    ValidationFailed failure = catchThrowableOfType(ValidationFailed.class, () -> world.accounts.signUp(
        AccountFixtures.signUp(ADA).password("Blue-Heron-\uD800-42").build(), Actor.anonymous()));

    assertThat(failure.violations()).extracting(Violation::code).containsExactly("account.password.ill-formed");
    assertThat(world.module.store().findByEmail(EmailAddress.of(ADA))).isEmpty();
  }

  @Test
  void aLoneSurrogateNoLongerSignsInAsAQuestionMark() {
    world.activeAccount(AccountFixtures.signUp(ADA).password("Blue-Heron-?-42").build());
    world.hasher.reset();

    ValidationFailed failure = catchThrowableOfType(ValidationFailed.class,
        () -> signIn(ADA, "Blue-Heron-\uD800-42"));

    assertThat(failure.violations()).extracting(Violation::code, Violation::path)
        .containsExactly(tuple("account.password.ill-formed", "password"));
    assertThat(world.hasher.matchCalls()).isZero();
  }

  @Test
  void signInRefusesAPasswordLongerThanThePolicyAllowsBeforeAnyHashing() {
    world.activeAccount(ADA);
    world.hasher.reset();

    for (String tooLong : List.of("Aa1!" + "x".repeat(125), "x".repeat(1_000_000))) {
      ValidationFailed failure = catchThrowableOfType(ValidationFailed.class, () -> signIn(ADA, tooLong));
      assertThat(failure.violations()).extracting(Violation::code).containsExactly("account.password.too-long");
    }
    assertThat(world.hasher.matchCalls() + world.hasher.hashes()).isZero();
  }

  @Test
  void changePasswordRefusesACurrentPasswordLongerThanThePolicyAllowsBeforeAnyHashing() {
    AccountId id = world.activeAccount(ADA);
    world.hasher.reset();

    ValidationFailed failure = catchThrowableOfType(ValidationFailed.class, () -> world.accounts.changePassword(
        ChangePassword.builder().account(id).currentPassword(Secret.of("x".repeat(100_000)))
            .password(Secret.of(AccountFixtures.OTHER_PASSWORD))
            .passwordConfirmation(Secret.of(AccountFixtures.OTHER_PASSWORD)).build(), Actor.account(id)));

    assertThat(failure.violations()).extracting(Violation::code, Violation::path)
        .containsExactly(tuple("account.password.too-long", "currentPassword"));
    assertThat(world.hasher.matchCalls() + world.hasher.hashes()).isZero();
    assertThat(signIn(ADA, PASSWORD).value()).isInstanceOf(SignInResult.SignedIn.class);
  }

  @Test
  void thePasswordMayNotContainTheOrganisationTypedAtSignUp() {
    ValidationFailed failure = catchThrowableOfType(ValidationFailed.class, () -> world.accounts.signUp(
        AccountFixtures.signUp(ADA).with(f -> f.organisationName = "Lakeside Observatory")
            .password("Lakeside-Heron-42").build(), Actor.anonymous()));

    assertThat(failure.violations()).extracting(Violation::code)
        .containsExactly("account.password.contains-organisation");
    assertThat(world.module.store().findByEmail(EmailAddress.of(ADA))).isEmpty();
  }
}
