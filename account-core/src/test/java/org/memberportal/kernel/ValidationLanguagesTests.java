/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The validator speaks the language set: a caller's locale resolves through {@link Languages#current()}, messages
 * with numbers take the language's plural form through ICU4J (from an annotation or from a rule checked in code),
 * and Hibernate Validator's own interpolation ({@code {min}}, expression language) still renders the rest.
 */
class ValidationLanguagesTests {

  private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
  private static final Locale ARABIC = Locale.forLanguageTag("ar");

  /** One nickname, checked against a plural message and a message Hibernate Validator interpolates. */
  record Nickname(
      @Size(max = 5, message = "{kernel.sample.too-long}") String shortOne,
      @Size(min = 2, max = 4, message = "{kernel.sample.between}") String middle) {}

  private static String message(Object value, Locale locale, String code) {
    return catchThrowableOfType(ValidationFailed.class, () -> Validation.check(value, locale)).violations().stream()
        .filter(v -> v.code().equals(code)).findFirst().orElseThrow().message();
  }

  @Test
  void everyLocaleResolvesThroughTheLanguageSet() {
    assertThat(Validation.language(Locale.forLanguageTag("zh-Hant-TW"))).isEqualTo(Locale.CHINESE);
    assertThat(Validation.language(Locale.forLanguageTag("es-AR"))).isEqualTo(Locale.forLanguageTag("es"));
    assertThat(Validation.language(Locale.forLanguageTag("ar-EG"))).isEqualTo(ARABIC);
    assertThat(Validation.language(Locale.forLanguageTag("ru-RU"))).isEqualTo(RUSSIAN);
    assertThat(Validation.language(Locale.GERMAN)).isEqualTo(Languages.current().fallback());
  }

  @Test
  void aRuleCheckedInCodeTakesThePluralFormOfTheCallersLanguage() {
    assertThat(Validation.message("account.password.too-short", RUSSIAN, Map.of("min", 1)))
        .isEqualTo("должен содержать не менее 1 символа");
    assertThat(Validation.message("account.password.too-short", RUSSIAN, Map.of("min", 3)))
        .isEqualTo("должен содержать не менее 3 символов");
    assertThat(Validation.message("account.password.too-short", Locale.ENGLISH, Map.of("min", 1)))
        .isEqualTo("must have at least 1 character");
    assertThat(Validation.message("account.password.too-short", Locale.ENGLISH, Map.of("min", 8)))
        .isEqualTo("must have at least 8 characters");
    assertThat(Validation.message("account.password.too-long", Locale.FRENCH, Map.of("max", 1)))
        .isEqualTo("doit contenir au plus 1 caractère");
  }

  @Test
  void anAnnotationsMessageTakesThePluralFormOfTheCallersLanguage() {
    assertThat(message(new Nickname("much too long", "abc"), Locale.ENGLISH, "kernel.sample.too-long"))
        .isEqualTo("must have at most 5 characters");
    assertThat(message(new Nickname("much too long", "abc"), RUSSIAN, "kernel.sample.too-long"))
        .isEqualTo("должно содержать не более 5 символов");
    assertThat(message(new Nickname("much too long", "abc"), ARABIC, "kernel.sample.too-long"))
        .isEqualTo("يجب ألا يتجاوز 5 أحرف");
    assertThat(message(new Nickname("much too long", "abc"), Locale.forLanguageTag("ar-EG"), "kernel.sample.too-long"))
        .isEqualTo("يجب ألا يتجاوز 5 أحرف");
  }

  @Test
  void hibernateValidatorStillInterpolatesParametersAndExpressions() {
    assertThat(message(new Nickname("ok", "a"), Locale.ENGLISH, "kernel.sample.between"))
        .isEqualTo("must have between 2 and 4 characters, not «a»");
    assertThat(message(new Nickname("ok", "abcdef"), Locale.FRENCH, "kernel.sample.between"))
        .isEqualTo("doit avoir entre 2 et 4 caractères, et non «abcdef»");
    assertThat(message(new Nickname("ok", "abcdef"), RUSSIAN, "kernel.sample.between"))
        .isEqualTo("должно содержать от 2 до 4 символов, а не «abcdef»");
  }

  @Test
  void ownMessagesAreReadPerLanguageWithNoFallBack() {
    for (Locale language : Languages.OFFICIAL.all()) {
      assertThat(Validation.hasOwnMessage("kernel.identifier.malformed", language)).as(language.toString()).isTrue();
    }
    // this sample key has no Chinese sentence in the test bundles: the base (English) one does not count
    assertThat(Validation.hasOwnMessage("kernel.sample.between", Locale.CHINESE)).isFalse();
    assertThat(Validation.hasOwnMessage("kernel.sample.too-long", Locale.forLanguageTag("ru-RU"))).isTrue();
  }

  @Test
  void aHostOverridesASentenceWithItsOwnFileAheadOnTheClassPath() {
    // the test resources come before account-core's classes, as an application's own resources come before jars
    assertThat(Validation.message("account.not-found", Locale.forLanguageTag("es"), Map.of()))
        .isEqualTo("No encontramos esta cuenta.");
    assertThat(Validation.message("account.not-found", Locale.FRENCH, Map.of()))
        .isEqualTo("Ce compte est introuvable.");
  }
}
