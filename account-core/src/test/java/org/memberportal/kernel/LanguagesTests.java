/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguagesTests {

  @Test
  void the_default_set_is_the_six_official_languages_falling_back_to_english() {
    assertThat(Languages.OFFICIAL.all()).extracting(Locale::toLanguageTag).containsExactly("ar", "zh", "en", "fr", "ru", "es");
    assertThat(Languages.OFFICIAL.fallback()).isEqualTo(Locale.ENGLISH);
  }

  @Test
  void a_locale_is_answered_in_its_language_whatever_its_region_or_script() {
    assertThat(Languages.OFFICIAL.resolve(Locale.forLanguageTag("fr-CH"))).isEqualTo(Locale.FRENCH);
    assertThat(Languages.OFFICIAL.resolve(Locale.forLanguageTag("zh-Hant-TW"))).isEqualTo(Locale.CHINESE);
    assertThat(Languages.OFFICIAL.resolve(Locale.forLanguageTag("ar-EG"))).isEqualTo(Locale.forLanguageTag("ar"));
    assertThat(Languages.OFFICIAL.speaks(Locale.forLanguageTag("es-419"))).isTrue();
  }

  @Test
  void a_language_outside_the_set_is_answered_in_the_fallback_not_the_jvm_default() {
    Languages set = Languages.of("fr, es", "es");
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.FRENCH);
    try {
      assertThat(set.resolve(Locale.GERMAN)).isEqualTo(Locale.forLanguageTag("es"));
      assertThat(set.resolve(null)).isEqualTo(Locale.forLanguageTag("es"));
      assertThat(set.speaks(Locale.GERMAN)).isFalse();
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void a_set_names_bare_languages_once_and_contains_its_fallback() {
    assertThatThrownBy(() -> Languages.of("en,fr", "de")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Languages.of("en,en-GB", "en")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Languages.of("en,fr,en", "en")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Languages(List.of(), Locale.ENGLISH)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void the_process_speaks_the_official_set_until_the_host_chooses_another() {
    assertThat(Languages.current()).isEqualTo(Languages.OFFICIAL);
    Languages.use(Languages.of("en,fr", "fr"));
    try {
      assertThat(Languages.current().resolve(Locale.GERMAN)).isEqualTo(Locale.FRENCH);
    } finally {
      Languages.use(Languages.OFFICIAL);
    }
  }
}
