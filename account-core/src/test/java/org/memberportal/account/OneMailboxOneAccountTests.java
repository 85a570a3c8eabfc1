/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.memberportal.account.testkit.AccountFixtures.OPERATOR;
import static org.memberportal.account.testkit.AccountFixtures.PASSWORD;
import static org.memberportal.account.testkit.AccountFixtures.importAccount;
import static org.memberportal.account.testkit.AccountFixtures.signUp;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.memberportal.account.testkit.AccountWorld;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.Secret;
import org.memberportal.kernel.Validation;
import org.memberportal.kernel.ValidationFailed;
import org.memberportal.kernel.Violation;

/** Item 2 of issue 17 (A1): one mailbox, one account, whatever the look-alike typed. */
class OneMailboxOneAccountTests {

  private final AccountWorld world = new AccountWorld();

  @ParameterizedTest(name = "{1} after {0}")
  @CsvSource(delimiter = '|', value = {
      "ivan@itu.int    | ｉｖａｎ@itu.int",   // full-width letters
      "ivan@itu.int    | ivan@ｉｔｕ.ｉｎｔ",   // full-width domain
      "ivan@strasse.de | ivan@straße.de",    // sharp s in the domain
      "ivan@itu.int    | ivan@itu。int",     // ideographic full stop
      "ivan@itu.int    | İVAN@itu.int",      // Turkish dotted capital I
  })
  void aLookAlikeOfATakenAddressMakesNoSecondAccount(String taken, String lookAlike) {
    AccountId holder = world.activeAccount(taken);

    world.accounts.signUp(signUp(lookAlike).build(), Actor.anonymous());

    assertThat(world.module.store().size()).isEqualTo(1);
    assertThat(world.mails(taken, AccountNotifications.SIGN_UP_ATTEMPT)).hasSize(1);
    assertThat(world.accounts.signIn(SignIn.builder().email(lookAlike).password(Secret.of(PASSWORD)).build(),
        Actor.anonymous()).value()).isEqualTo(new SignInResult.SignedIn(holder));
    assertThat(catchThrowableOfType(Conflict.class,
        () -> world.accounts.importAccount(importAccount(lookAlike), OPERATOR)).reason())
        .isEqualTo("account.email-taken");
  }

  @Test
  void aLookAlikeOfAnotherAccountsAddressCannotBeTakenByAChangeOfAddress() {
    world.activeAccount("ivan@strasse.de");
    AccountId eve = world.activeAccount("eve@example.org");

    assertThat(catchThrowableOfType(Conflict.class, () -> world.accounts.changeEmail(ChangeEmail.builder()
        .account(eve).newEmail("IVAN@STRAẞE.DE").currentPassword(Secret.of(PASSWORD)).build(), Actor.account(eve)))
        .reason()).isEqualTo("account.email-taken");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "iv\u200Ban@itu.int | kernel.email.invisible-character", // zero-width space
      "\u202Enaví@itu.int | kernel.text.bidi-control",        // right-to-left override
      "ivаn@itu.int       | kernel.email.mixed-script",        // Cyrillic а in a Latin name
      "ivan@itu           | kernel.email.single-label-domain",
      "ivan@[10.0.0.1]    | kernel.email.ip-literal",
      "ivan@10.0.0.1      | kernel.email.ip-literal",
      "ivan@@itu.int      | kernel.email.malformed",
      // 65 characters before the @
      "iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii@itu.int | kernel.email.too-long",
  })
  void anAddressThatOnlySpoofsOrRoutesNowhereIsRefusedWithItsOwnCodeAndChangesNothing(String typed, String code) {
    world.activeAccount("ivan@itu.int");
    int mails = world.host.outbox().entries().size();

    for (Locale language : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
      ValidationFailed failure = catchThrowableOfType(ValidationFailed.class,
          () -> world.accounts.signUp(signUp(typed).build(), Actor.anonymous().in(language)));

      assertThat(failure.violations()).as(language.toString())
          .containsExactly(new Violation(code, "email", Validation.message(code, language, Map.of())));
      assertThat(Validation.hasOwnMessage(code, language)).as(language.toString()).isTrue();
    }
    assertThat(world.module.store().size()).isEqualTo(1);
    assertThat(world.host.outbox().entries()).hasSize(mails);
  }

  @Test
  void theAccountKeepsTheAddressAsTypedAndIsFoundByItsMailbox() {
    AccountId id = world.activeAccount("  İvan@Straße.DE ");

    Account account = world.module.store().find(id).orElseThrow();
    assertThat(account.email().display()).isEqualTo("İvan@Straße.DE");
    assertThat(account.email().key()).isEqualTo("ivan@strasse.de");
    assertThat(world.module.store().findByEmail(EmailAddress.of("ivan@strasse.de"))).isPresent();
  }
}
