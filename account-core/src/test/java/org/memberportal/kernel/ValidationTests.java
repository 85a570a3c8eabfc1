/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValidationTests {

  private static SampleCommand invalid() {
    return SampleCommand.builder().email("not an address").nickname("much too long").build();
  }

  @Test
  void constraintOnImmutablesAccessorIsReportedWithTheAccessorAsPath() {
    ValidationFailed failure = catchThrowableOfType(ValidationFailed.class,
        () -> Validation.check(invalid(), Locale.ENGLISH));

    assertThat(failure.code()).isEqualTo("validation-failed");
    assertThat(failure.violations())
        .containsExactly(
            new Violation("email", "email", "must be a well-formed email address"),
            new Violation("kernel.sample.too-long", "nickname", "must have at most 5 characters"));
  }

  @Test
  void violationsAreRenderedInFrench() {
    ValidationFailed failure = catchThrowableOfType(ValidationFailed.class,
        () -> Validation.check(invalid(), Locale.FRENCH));

    assertThat(failure.violations())
        .containsExactly(
            new Violation("email", "email", "doit être une adresse électronique syntaxiquement correcte"),
            new Violation("kernel.sample.too-long", "nickname", "doit avoir au plus 5 caractères"));
  }

  @Test
  void localeOfOneCallDoesNotLeakIntoTheNext() {
    catchThrowableOfType(ValidationFailed.class, () -> Validation.check(invalid(), Locale.FRENCH));
    ValidationFailed english = catchThrowableOfType(ValidationFailed.class,
        () -> Validation.check(invalid(), Actor.anonymous()));

    assertThat(english.violations()).extracting(Violation::message)
        .contains("must be a well-formed email address");
  }

  @Test
  void otherLocalesAreAnsweredInTheClosestWorkingLanguage() {
    for (String tag : new String[] {"de", "en-GB", "ja-JP", "fr-CH", "fr-CA"}) {
      ValidationFailed failure = catchThrowableOfType(ValidationFailed.class,
          () -> Validation.check(invalid(), Locale.forLanguageTag(tag)));

      assertThat(failure.violations()).extracting(Violation::message)
          .as(tag)
          .contains(tag.startsWith("fr") ? "doit avoir au plus 5 caractères" : "must have at most 5 characters");
    }
    assertThat(Validation.message("kernel.sample.too-long", Locale.GERMAN, Map.of("max", 2)))
        .isEqualTo("must have at most 2 characters");
    // Chinese is one of the six: any Chinese locale is answered in it, whatever its script or region
    assertThat(Validation.message("kernel.sample.too-long", Locale.forLanguageTag("zh-Hant-TW"), Map.of("max", 5)))
        .isEqualTo("长度不得超过 5 个字符");
  }

  @Test
  void validCommandPassesThrough() {
    SampleCommand ok = SampleCommand.builder().email("ada@example.org").nickname("ada").build();

    assertThat(Validation.check(ok, Locale.ENGLISH)).isSameAs(ok);
  }

  @Test
  void ruleCheckedInCodeGetsItsMessageFromTheBundles() {
    Violation v = Validation.violation("nickname", "kernel.sample.too-long", Locale.FRENCH, Map.of("max", 3));

    assertThat(v).isEqualTo(new Violation("kernel.sample.too-long", "nickname", "doit avoir au plus 3 caractères"));
  }

  @Test
  void exceptionMessageNamesPathsAndCodesButNotTheInput() {
    ValidationFailed failure = catchThrowableOfType(ValidationFailed.class,
        () -> Validation.check(invalid(), Locale.ENGLISH));

    assertThat(failure.getMessage()).contains("email", "nickname").doesNotContain("not an address", "much too long");
  }

  @Test
  void frenchBundleDefinesItsOwnMessages() {
    assertThat(Validation.hasOwnMessage("kernel.identifier.malformed", Locale.FRENCH)).isTrue();
    assertThat(Validation.hasOwnMessage("kernel.identifier.malformed", Locale.ENGLISH)).isTrue();
    assertThat(Validation.hasOwnMessage("kernel.sample.too-long", Locale.GERMAN)).isFalse();
    assertThat(Validation.hasOwnMessage("no.such.key", Locale.FRENCH)).isFalse();
  }
}
