/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReferenceDataTests {

  private final ReferenceData data = ReferenceData.defaults();

  @Test
  void everyListHasEnglishAndFrenchLabels() {
    for (List<Choice> list : List.of(data.titles(), data.genders(), data.professionalRoles(), data.languages(),
        data.countries())) {
      assertThat(list).isNotEmpty().allSatisfy(c -> {
        assertThat(c.labels()).containsKeys(Locale.ENGLISH, Locale.FRENCH);
        assertThat(c.label(Locale.FRENCH)).isNotBlank();
      });
    }
  }

  @Test
  void titlesAreTheSeedsOnes() {
    assertThat(data.titles()).extracting(c -> c.label(Locale.ENGLISH))
        .containsExactly("Mr.", "Ms.", "Mrs.", "Dr.", "Prof.");
  }

  @Test
  void countriesAreLabelledInBothLanguages() {
    Choice switzerland = data.countries().stream().filter(c -> c.code().equals("CH")).findFirst().orElseThrow();

    assertThat(switzerland.label(Locale.ENGLISH)).isEqualTo("Switzerland");
    assertThat(switzerland.label(Locale.FRENCH)).isEqualTo("Suisse");
    assertThat(switzerland.label(Locale.CANADA_FRENCH)).isEqualTo("Suisse");
  }

  @Test
  void hostCanReplaceAList() {
    ReferenceData custom = data.withProfessionalRoles(List.of(Choice.of("delegate", "Delegate", "Délégué")));

    assertThat(ReferenceData.has(custom.professionalRoles(), "delegate")).isTrue();
    assertThat(ReferenceData.has(custom.professionalRoles(), "engineer")).isFalse();
  }
}
