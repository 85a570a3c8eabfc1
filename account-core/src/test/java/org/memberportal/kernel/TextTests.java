/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TextTests {

  private static List<Violation> violations(TextSample sample, Locale locale) {
    return catchThrowableOfType(ValidationFailed.class, () -> Validation.check(sample, locale)).violations();
  }

  private static String codeOf(String line) {
    List<Violation> found = violations(TextSample.of(line), Locale.ENGLISH);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).path()).isEqualTo("line");
    return found.get(0).code();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u0000", "a\u0000b", "\u0007", "\u001b[31m", "\u001f", "\u007f", "\u0080", "\u0085",
      "\u009b", "\u009f", "\t", "a\nb", "\r", "a\u2028b", "\u2029"})
  void controlCharactersAndLineBreaksAreRefusedInALine(String text) {
    assertThat(codeOf("Ada " + text + " Lovelace")).isEqualTo(Text.CONTROL_CHARACTER)
        .isEqualTo("kernel.text.control-character");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069",
      "\u200e", "\u200f", "\u061c"})
  void bidirectionalFormattingCharactersAreRefused(String text) {
    assertThat(codeOf("invoice" + text + "fdp.exe")).isEqualTo(Text.BIDI_CONTROL)
        .isEqualTo("kernel.text.bidi-control");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\ud800", "\udfff", "a\ud83d", "\ude00a", "\ude00\ud83d", "\ufffe", "\uffff", "\ufdd0",
      "\ufdef", "\ud83f\udffe", "\udbff\udfff"})
  void unpairedSurrogatesAndNoncharactersAreRefused(String text) {
    assertThat(codeOf("Ada" + text)).isEqualTo(Text.ILL_FORMED).isEqualTo("kernel.text.ill-formed");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "Ada Lovelace", "Zoë Ðurić-Łukasiewicz", "İstanbul", "محمد", "עִבְרִית", "東京都",
      "👩\u200d💻 🏳️\u200d🌈", "e\u0301", "\ufeffbom", "zero\u200bwidth", "क्‍ष", "\ud83d\ude00", "\ufffd", "\ufdcf\ufdf0",
      "\ud83f\udffd"})
  void textOfEveryScriptIsText(String text) {
    assertThat(Text.Check.problem(text, false)).isEmpty();
    assertThat(Validation.check(TextSample.of(text), Locale.ENGLISH).line()).isEqualTo(text);
  }

  @Test
  void aMultiLineFieldKeepsTabsAndLineBreaksButNotOtherControls() {
    TextSample letter = TextSample.builder().line("Ada").body("Dear Sir,\r\n\tI apply.\n\u2028Ada").build();

    assertThat(Validation.check(letter, Locale.ENGLISH)).isSameAs(letter);
    assertThat(violations(TextSample.builder().line("Ada").body("Dear\u0000Sir").build(), Locale.ENGLISH))
        .extracting(Violation::code, Violation::path).containsExactly(
            org.assertj.core.groups.Tuple.tuple(Text.CONTROL_CHARACTER, "body"));
    assertThat(violations(TextSample.builder().line("Ada").body("Dear\u202eSir").build(), Locale.ENGLISH))
        .extracting(Violation::code).containsExactly(Text.BIDI_CONTROL);
  }

  @Test
  void textInsideOptionalsListsAndMapsIsCheckedWithItsPlace() {
    TextSample sample = TextSample.builder().line("Ada").body("").note(Optional.of("\u0000"))
        .addTags("ok", "\u202e").putAttributes("key\ud800", "value").putAttributes("k", "v\u0085").build();

    assertThat(violations(sample, Locale.ENGLISH)).extracting(Violation::code).containsExactlyInAnyOrder(
        Text.CONTROL_CHARACTER, Text.BIDI_CONTROL, Text.ILL_FORMED, Text.CONTROL_CHARACTER);
    assertThat(violations(sample, Locale.ENGLISH)).extracting(Violation::path).allMatch(p ->
        p.startsWith("note") || p.startsWith("tags[1]") || p.startsWith("attributes"));
  }

  @Test
  void onlyTheFirstProblemOfATextIsReported() {
    assertThat(Text.Check.problem("a\u202eb\u0000c\ud800", false)).contains(Text.BIDI_CONTROL);
    assertThat(Text.Check.problem("\ud800\u202e", false)).contains(Text.ILL_FORMED);
  }

  @Test
  void eachRuleSaysWhatIsWrongInEnglishAndFrench() {
    for (String code : List.of(Text.CONTROL_CHARACTER, Text.BIDI_CONTROL, Text.ILL_FORMED)) {
      assertThat(Validation.hasOwnMessage(code, Locale.ENGLISH)).as(code).isTrue();
      assertThat(Validation.hasOwnMessage(code, Locale.FRENCH)).as(code).isTrue();
    }
    assertThat(violations(TextSample.of("a\u0000"), Locale.FRENCH)).containsExactly(new Violation(
        Text.CONTROL_CHARACTER, "line", "ne doit pas contenir de caractères de contrôle (sauts de ligne et "
            + "tabulations seulement là où plusieurs lignes sont permises)"));
    assertThat(violations(TextSample.of("a\u202e"), Locale.ENGLISH)).containsExactly(new Violation(
        Text.BIDI_CONTROL, "line", "must not contain characters that change the direction of the text"));
    assertThat(violations(TextSample.of("a\ud800"), Locale.forLanguageTag("fr-CH"))).containsExactly(new Violation(
        Text.ILL_FORMED, "line", "contient un caractère incomplet ou réservé qui n'est pas du texte"));
  }

  @Test
  void theRuleIsOneCallForValuesCheckedInCode() {
    assertThat(Text.Check.problem("tab\there", true)).isEmpty();
    assertThat(Text.Check.problem("tab\there", false)).contains(Text.CONTROL_CHARACTER);
    assertThat(Validation.message(Text.ILL_FORMED, Locale.ENGLISH, Map.of()))
        .isEqualTo("contains a broken or reserved character that is not text");
  }
}
