/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.language;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.memberportal.kernel.Languages;
import org.springframework.context.MessageSource;

/**
 * The portal's sentences in every language of the set: every key of the English bundle in every language's own
 * file (no silent fall-back to English), each sentence an ICU4J pattern with the English sentence's arguments, and
 * numbers in the language's plural forms.
 */
class SentencesTests {

  private final MessageSource sentences = new IcuMessages();

  static Stream<Locale> translations() {
    return Languages.OFFICIAL.all().stream().filter(l -> !l.equals(Languages.OFFICIAL.fallback()));
  }

  @ParameterizedTest
  @MethodSource("translations")
  void everyLanguageHasEveryKeyOfTheEnglishBundleInItsOwnFile(Locale language) {
    Properties english = bundle("messages.properties");
    Properties translated = bundle("messages_" + language.getLanguage() + ".properties");
    assertThat(translated.stringPropertyNames()).as(language.toLanguageTag())
        .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    for (String key : english.stringPropertyNames()) {
      assertThat(translated.getProperty(key)).as("%s in %s", key, language.toLanguageTag()).isNotBlank();
    }
  }

  @ParameterizedTest
  @MethodSource("translations")
  void everySentenceIsAnIcuPatternWithTheEnglishSentencesArguments(Locale language) {
    Properties english = bundle("messages.properties");
    Properties translated = bundle("messages_" + language.getLanguage() + ".properties");
    for (String key : english.stringPropertyNames()) {
      assertThat(arguments(translated.getProperty(key), language)).as("%s in %s", key, language.toLanguageTag())
          .isEqualTo(arguments(english.getProperty(key), Locale.ENGLISH));
    }
  }

  @Test
  void aNumberTakesTheLanguagesPluralForm() {
    assertThat(sentences.getMessage("web.password.rule.MIN_LENGTH", new Object[] {1}, Locale.ENGLISH))
        .isEqualTo("at least 1 character");
    assertThat(sentences.getMessage("web.password.rule.MIN_LENGTH", new Object[] {12}, Locale.ENGLISH))
        .isEqualTo("at least 12 characters");
    assertThat(sentences.getMessage("web.profile.entry.expertise", new Object[] {"Radio", 2}, ar()))
        .isEqualTo("\u2068Radio\u2069: سنتان");
    assertThat(sentences.getMessage("web.profile.entry.expertise", new Object[] {"Radio", 5}, ar()))
        .isEqualTo("\u2068Radio\u2069: 5 سنوات");
    assertThat(sentences.getMessage("web.profile.entry.expertise", new Object[] {"Radio", 11}, ar()))
        .isEqualTo("\u2068Radio\u2069: 11 سنة");
    assertThat(sentences.getMessage("web.profile.entry.expertise", new Object[] {"Radio", 0}, ru()))
        .isEqualTo("Radio: менее года");
    assertThat(sentences.getMessage("web.profile.entry.expertise", new Object[] {"Radio", 1}, ru()))
        .isEqualTo("Radio: 1 год");
    assertThat(sentences.getMessage("web.profile.entry.expertise", new Object[] {"Radio", 3}, ru()))
        .isEqualTo("Radio: 3 года");
    assertThat(sentences.getMessage("web.profile.entry.expertise", new Object[] {"Radio", 7}, ru()))
        .isEqualTo("Radio: 7 лет");
    assertThat(sentences.getMessage("web.profile.entry.expertise", new Object[] {"Radio", 21}, ru()))
        .isEqualTo("Radio: 21 год");
  }

  @Test
  void aSentenceWithoutArgumentsIsTheBundlesTextAsItIs() {
    assertThat(sentences.getMessage("web.verify.resend", null, Locale.ENGLISH)).isEqualTo("Didn't get the code?");
    assertThat(sentences.getMessage("web.choose", null, Locale.forLanguageTag("zh"))).isEqualTo("请选择…");
  }

  private static Locale ar() {
    return Locale.forLanguageTag("ar");
  }

  private static Locale ru() {
    return Locale.forLanguageTag("ru");
  }

  /** The argument numbers of a sentence, parsed as ICU4J parses it (a pattern it cannot parse fails here). */
  private static Set<String> arguments(String sentence, Locale language) {
    return new TreeSet<>(new MessageFormat(sentence, ULocale.forLocale(language)).getArgumentNames());
  }

  private static Properties bundle(String name) {
    Properties bundle = new Properties();
    try (InputStream in = SentencesTests.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bundle;
  }
}
