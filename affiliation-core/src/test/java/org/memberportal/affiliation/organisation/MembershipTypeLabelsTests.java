/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.memberportal.account.reference.Choice;
import org.memberportal.account.reference.Choices;
import org.memberportal.kernel.Languages;

/** The membership types are labelled in every official language, with the organisation's own terms. */
class MembershipTypeLabelsTests {

  @Test
  void everyTypeHasALabelInEveryOfficialLanguage() {
    assertThat(MembershipType.choices()).extracting(Choice::code)
        .containsExactlyElementsOf(Arrays.stream(MembershipType.values()).map(Enum::name).toList());
    assertThat(MembershipType.choices()).allSatisfy(c ->
        assertThat(c.labels().keySet()).containsAll(Languages.OFFICIAL.all()));
  }

  @Test
  void labelsUseTheOrganisationsTerms() {
    Choice sectorMember = MembershipType.choices().get(MembershipType.SECTOR_MEMBER.ordinal());

    assertThat(sectorMember.label(Locale.ENGLISH)).isEqualTo("Sector Member");
    assertThat(sectorMember.label(Locale.FRENCH)).isEqualTo("Membre de Secteur");
    assertThat(sectorMember.label(Locale.forLanguageTag("es"))).isEqualTo("Miembro de Sector");
    assertThat(sectorMember.label(Locale.forLanguageTag("ru"))).isEqualTo("Член Сектора");
    assertThat(sectorMember.label(Locale.forLanguageTag("ar"))).isEqualTo("عضو قطاع");
    assertThat(sectorMember.label(Locale.CHINESE)).isEqualTo("部门成员");
  }

  @Test
  void sortedForAReaderWithTheirCollation() {
    assertThat(Choices.sorted(MembershipType.choices(), Locale.FRENCH)).extracting(c -> c.label(Locale.FRENCH))
        .containsExactly("Associé", "Établissement universitaire", "État Membre", "Membre de Secteur", "Non membre");
  }
}
