/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.memberportal.kernel.Languages;

/** Every default list is labelled in every official language, and sorted with the reader's collation. */
class ChoicesTests {

  private static final Locale ARABIC = Locale.forLanguageTag("ar");
  private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
  private final ReferenceData data = ReferenceData.defaults();

  private static List<String> labels(List<Choice> list, Locale language) {
    return list.stream().map(c -> c.label(language)).toList();
  }

  @Test
  void everyLabelIsPresentInEveryOfficialLanguage() {
    for (List<Choice> list : List.of(data.titles(), data.genders(), data.professionalRoles(), data.languages(),
        data.countries())) {
      assertThat(list).isNotEmpty().allSatisfy(c -> {
        assertThat(c.labels().keySet()).containsAll(Languages.OFFICIAL.all());
        assertThat(c.labels().values()).allSatisfy(label -> assertThat(label).isNotBlank());
      });
    }
    assertThat(data.languages()).extracting(Choice::code).containsExactly("ar", "zh", "en", "fr", "ru", "es");
  }

  @Test
  void labelsAreTheLanguagesOwn() {
    Choice egypt = data.countries().stream().filter(c -> c.code().equals("EG")).findFirst().orElseThrow();
    Choice russian = data.languages().stream().filter(c -> c.code().equals("ru")).findFirst().orElseThrow();

    assertThat(egypt.label(Locale.FRENCH)).isEqualTo("Égypte");
    assertThat(egypt.label(ARABIC)).isEqualTo("مصر");
    assertThat(egypt.label(Locale.CHINESE)).isEqualTo("埃及");
    assertThat(russian.label(RUSSIAN)).isEqualTo("русский");
    assertThat(russian.label(Locale.forLanguageTag("es-MX"))).isEqualTo("ruso");
    assertThat(data.titles().get(0).label(RUSSIAN)).isEqualTo("Г-н");
    // a language outside the set reads the fall-back's label
    assertThat(egypt.label(Locale.GERMAN)).isEqualTo("Egypt");
  }

  @Test
  void frenchOrderIsNotTheEnglishOrder() {
    List<String> french = labels(Choices.sorted(data.countries(), Locale.FRENCH), Locale.FRENCH);
    List<String> english = labels(Choices.sorted(data.countries(), Locale.ENGLISH), Locale.ENGLISH);

    // "Égypte" sorts among the E's (by code point É would come after Z)
    assertThat(french.indexOf("Égypte")).isGreaterThan(french.indexOf("Dominique"))
        .isLessThan(french.indexOf("Espagne"));
    assertThat(french.get(french.size() - 1)).isNotEqualTo("Égypte");
    // Germany is "Allemagne": near the top in French, among the G's in English
    assertThat(french.indexOf("Allemagne")).isLessThan(french.indexOf("Belgique"));
    assertThat(english.indexOf("Germany")).isGreaterThan(english.indexOf("France"));
    assertThat(data.countries()).extracting(c -> c.label(Locale.ENGLISH)).isEqualTo(english);
  }

  @Test
  void arabicRussianAndChineseListsFollowTheirCollation() {
    for (Locale language : List.of(ARABIC, RUSSIAN, Locale.CHINESE, Locale.forLanguageTag("es"))) {
      Collator collator = Collator.getInstance(ULocale.forLocale(language));
      List<String> sorted = labels(Choices.sorted(data.countries(), language), language);

      assertThat(sorted).as(language.toString()).isSortedAccordingTo(collator::compare);
    }
    List<String> chinese = labels(Choices.sorted(data.countries(), Locale.CHINESE), Locale.CHINESE);
    // pinyin: Afghanistan (ā fù hàn) before China (zhōng guó), though 中 comes before 阿 by code point
    assertThat(chinese.indexOf("阿富汗")).isLessThan(chinese.indexOf("中国"));
    assertThat(List.of("阿富汗", "中国")).isSortedAccordingTo(Comparator.reverseOrder());
    List<String> russian = labels(Choices.sorted(data.countries(), RUSSIAN), RUSSIAN);
    assertThat(russian.get(0)).startsWith("А");
    assertThat(russian.indexOf("Эстония")).isGreaterThan(russian.indexOf("Швейцария"));
  }

  @Test
  void anEnumerationsChoicesComeFromItsBundleInDeclarationOrder() {
    List<Choice> types = Choices.of(Sample.class, "org.memberportal.account.reference.Labels");

    assertThat(types).extracting(Choice::code).containsExactly("FIRST", "SECOND");
    // no key for them in the bundle: no label in any language, so the code is shown
    assertThat(types.get(0).label(Locale.FRENCH)).isEqualTo("FIRST");
  }

  /** An enumeration the bundle does not label. */
  enum Sample {
    FIRST,
    SECOND
  }
}
