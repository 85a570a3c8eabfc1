/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTests {

  @ParameterizedTest(name = "{0} is the mailbox of {1}")
  @CsvSource(delimiter = '|', value = {
      "ｉｖａｎ@itu.int         | ivan@itu.int",     // full-width letters in the local part
      "ivan@ｉｔｕ.ｉｎｔ         | ivan@itu.int",     // full-width letters in the domain
      "ivan@itu。int           | ivan@itu.int",     // ideographic full stop (U+3002)
      "ivan@straße.de          | ivan@strasse.de",  // sharp s in the domain
      "ivan@STRAẞE.DE          | ivan@strasse.de",  // capital sharp s
      "İVAN@ITU.INT            | ivan@itu.int",     // Turkish dotted capital I
      "Straße@itu.int          | strasse@itu.int",  // sharp s in the local part
      "ﬁona@itu.int            | fiona@itu.int",    // ligature
      "ivan@xn--mnchen-3ya.de  | ivan@münchen.de",  // the ASCII form of an internationalised domain
      "ΟΔΥΣΣΕΥΣ@itu.int        | οδυσσευς@itu.int", // final sigma
  })
  void lookAlikesOfOneMailboxHaveOneKey(String typed, String mailbox) {
    assertThat(EmailAddress.of(typed)).isEqualTo(EmailAddress.of(mailbox));
    assertThat(EmailAddress.of(typed).key()).isEqualTo(EmailAddress.of(mailbox).key());
    assertThat(EmailAddress.problems(typed)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "ivan@itu.int", "ivan@münchen.de", "пётр@пример.рф", "山田@例え.jp", "o'neil+tag@itu.int"})
  void aKeyIsItsOwnKey(String typed) {
    String key = EmailAddress.of(typed).key();

    assertThat(EmailAddress.of(key).key()).isEqualTo(key);
  }

  @ParameterizedTest
  @ValueSource(strings = {"İvan@Itu.Int", " İvan@Itu.Int ", "\tİvan@Itu.Int\u00a0", "\u3000İvan@Itu.Int"})
  void theDisplayFormIsWhatWasTypedWithoutTheBlanksAround(String typed) {
    assertThat(EmailAddress.of(typed).display()).isEqualTo("İvan@Itu.Int");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "iv\u200Ban@itu.int      | kernel.email.invisible-character",
      "ivan@it\u200Bu.int      | kernel.email.invisible-character",
      "ivan\u00ad@itu.int      | kernel.email.invisible-character",
      "\u202Eivan@itu.int      | kernel.text.bidi-control",
      "ivan\u2066@itu.int      | kernel.text.bidi-control",
      "ivаn@itu.int            | kernel.email.mixed-script",
      "ivan@exаmple.org        | kernel.email.mixed-script",
      "ivan@localhost          | kernel.email.single-label-domain",
      "ivan@[127.0.0.1]        | kernel.email.ip-literal",
      "ivan@[IPv6:2001:db8::1] | kernel.email.ip-literal",
      "ivan@10.0.0.1           | kernel.email.ip-literal",
  })
  void aLookAlikeThatOnlySpoofsIsAProblemButStillHasAKey(String typed, String code) {
    assertThat(EmailAddress.problems(typed)).containsExactly(code);
    assertThat(EmailAddress.of(typed).key()).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ivan", "@itu.int", "ivan@", "iv@n@itu.int", "iv an@itu.int", ".ivan@itu.int",
      "iv..an@itu.int", "ivan.@itu.int", "\"ivan\"@itu.int", "ivan@itu..int", "ivan@itu.int.", "ivan@-itu.int",
      "ivan@it_u.int", "ｉｖａｎ＠itu.int",
      "ｉ．．ｖａｎ@itu.int", "ivan@[not an ip]"})
  void textWithNoKeyIsMalformed(String typed) {
    ValidationFailed failure = catchThrowableOfType(ValidationFailed.class, () -> EmailAddress.of(typed));

    assertThat(failure.violations()).extracting(Violation::code).containsExactly("kernel.email.malformed");
    assertThat(EmailAddress.problems(typed)).contains("kernel.email.malformed");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "ivan@itu.int\u0000X | kernel.text.control-character",
      "iv\tan@itu.int      | kernel.text.control-character",
      "iv\uD800an@itu.int  | kernel.text.ill-formed",
      "iv\u202Ean@itu.int  | kernel.text.bidi-control",
  })
  void textThatIsNotTextBreaksTheTextRuleAloneUnderItsCode(String typed, String code) {
    assertThat(EmailAddress.problems(typed)).containsExactly(code);
  }

  @ParameterizedTest
  @ValueSource(ints = {EmailAddress.MAX_LOCAL_LENGTH + 1, EmailAddress.MAX_LENGTH})
  void textLongerThanAnAddressIsTooLong(int localLength) {
    String typed = "a".repeat(localLength) + "@" + "b".repeat(60) + ".org";

    ValidationFailed failure = catchThrowableOfType(ValidationFailed.class, () -> EmailAddress.of(typed));

    assertThat(failure.violations()).extracting(Violation::code).containsExactly("kernel.email.too-long");
  }
}
