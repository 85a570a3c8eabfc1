/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.memberportal.careers.CandidateId;
import org.memberportal.careers.profile.Address;
import org.memberportal.careers.profile.ComputerSkill;
import org.memberportal.careers.profile.ContractInformation;
import org.memberportal.careers.profile.ContractInterest;
import org.memberportal.careers.profile.Education;
import org.memberportal.careers.profile.Employment;
import org.memberportal.careers.profile.EntryId;
import org.memberportal.careers.profile.Expertise;
import org.memberportal.careers.profile.LanguageSkill;
import org.memberportal.careers.profile.PersonalInformation;
import org.memberportal.careers.profile.Proficiency;
import org.memberportal.careers.profile.Profile;
import org.memberportal.careers.profile.Publication;
import org.memberportal.careers.profile.Qualification;
import org.memberportal.careers.profile.QualificationKind;
import org.memberportal.careers.profile.Reference;
import org.memberportal.careers.profile.Relative;
import org.memberportal.careers.profile.RelativeEmployer;

/**
 * Format {@code profile/1} is a stored format: a document written before the codec moved to Jackson (by the
 * hand-written codec of 0.1.0, captured below byte for byte) reads back as the same profile, from memory and from a
 * row of the {@code profile} table, and today's codec writes that very text again.
 */
class ProfileDocumentFormatTests {

  private static final DataSource DATABASE = EmbeddedDatabase.freshSchema("profile_format");

  /** Text a JSON writer must escape, or may be tempted to: quotes, backslash, controls, U+2028, a surrogate pair. */
  private static final String AWKWARD = "\"Quoted\" \\ back\nline\ttab\u0001\u001f\u2028\u2029 \u00e9 \uD83D\uDE00 </b>";

  /** {@link #profile()} as the hand-written codec of 0.1.0 wrote it. */
  private static final String WRITTEN_BY_0_1_0 = "{\"candidate\":\"6f1c2a7e-0000-4000-8000-000000000001\",\"version\":42,"
      + "\"createdAt\":\"2026-01-05T09:10:00.123456789Z\",\"lastActivity\":\"2026-03-02T17:45:00Z\","
      + "\"personalInformation\":{\"firstName\":\"\\\"Quoted\\\" \\\\ back"
      + "\\nline\\ttab\\u0001\\u001f\\u2028\\u2029 \u00e9 \uD83D\uDE00 </b>\","
      + "\"lastName\":\"Diallo\",\"birthDate\":\"1990-04-12\",\"nationalities\":[\"SN\",\"FR\"],"
      + "\"email\":\"amina.diallo@example.org\",\"phone\":\"+221 33 123 45 67\"},"
      + "\"address\":{\"street\":\"12 Avenue Cheikh Anta Diop\",\"postalCode\":\"10700\",\"city\":\"Dakar\","
      + "\"country\":\"SN\"},\"contractInformation\":{\"interests\":[\"CONSULTANT\"],"
      + "\"availableFrom\":\"2026-06-01\"},\"noRelativesDeclared\":false,"
      + "\"entries\":[{\"section\":\"languages\",\"id\":\"00000000-0000-4000-8000-000000000001\","
      + "\"language\":\"fr\",\"reading\":\"FLUENT\",\"writing\":\"INTERMEDIATE\",\"speaking\":\"BASIC\"},"
      + "{\"section\":\"relatives\",\"id\":\"00000000-0000-4000-8000-000000000002\",\"name\":\"Fatou Sow\","
      + "\"relationship\":\"cousin\",\"employer\":\"THIS_ORGANISATION\",\"organisation\":\"ITU\"},"
      + "{\"section\":\"education\",\"id\":\"00000000-0000-4000-8000-000000000003\","
      + "\"institution\":\"\\\"Quoted\\\" \\\\ back"
      + "\\nline\\ttab\\u0001\\u001f\\u2028\\u2029 \u00e9 \uD83D\uDE00 </b>\","
      + "\"degree\":\"Master\",\"field\":\"Telecommunications\",\"country\":\"SN\",\"from\":\"2010-10-01\","
      + "\"to\":\"2012-07-15\"},{\"section\":\"employment\",\"id\":\"00000000-0000-4000-8000-000000000004\","
      + "\"employer\":\"Sonatel\",\"title\":\"Radio engineer\",\"country\":\"SN\","
      + "\"duties\":\"Planning\\r\\nof the mobile network\",\"from\":\"2013-01-01\"},"
      + "{\"section\":\"qualifications\",\"id\":\"00000000-0000-4000-8000-000000000005\","
      + "\"kind\":\"ACCREDITATION\",\"title\":\"Spectrum monitoring\",\"issuer\":\"ITU Academy\","
      + "\"obtained\":\"2019-06-01\"},{\"section\":\"expertise\","
      + "\"id\":\"00000000-0000-4000-8000-000000000006\",\"area\":\"Spectrum management\",\"years\":8},"
      + "{\"section\":\"computer-skills\",\"id\":\"00000000-0000-4000-8000-000000000007\","
      + "\"skill\":\"Spreadsheets\",\"level\":\"FLUENT\"},{\"section\":\"publications\","
      + "\"id\":\"00000000-0000-4000-8000-000000000008\",\"title\":\"Sharing spectrum in West Africa\","
      + "\"venue\":\"ITU Journal\",\"year\":2021},{\"section\":\"references\","
      + "\"id\":\"00000000-0000-4000-8000-000000000009\",\"name\":\"Moussa Ndiaye\","
      + "\"position\":\"Head of radio planning\",\"email\":\"moussa.ndiaye@example.org\",\"phone\":\"\"}]}";

  @AfterAll
  static void close() {
    ((HikariDataSource) DATABASE).close();
  }

  /** One profile with every section and entry type, optional values present and absent, awkward text. */
  private static Profile profile() {
    return Profile.builder()
        .candidate(new CandidateId(UUID.fromString("6f1c2a7e-0000-4000-8000-000000000001")))
        .version(42)
        .createdAt(Instant.parse("2026-01-05T09:10:00.123456789Z"))
        .lastActivity(Instant.parse("2026-03-02T17:45:00Z"))
        .personalInformation(PersonalInformation.builder().firstName(AWKWARD).lastName("Diallo")
            .birthDate(LocalDate.of(1990, 4, 12)).addNationalities("SN", "FR").email("amina.diallo@example.org")
            .phone("+221 33 123 45 67").build())
        .address(Address.builder().street("12 Avenue Cheikh Anta Diop").postalCode("10700").city("Dakar")
            .country("SN").build())
        .contractInformation(ContractInformation.builder().addInterests(ContractInterest.CONSULTANT)
            .availableFrom(LocalDate.of(2026, 6, 1)).build())
        .noRelativesDeclared(false)
        .addEntries(LanguageSkill.builder().id(id(1)).language("fr").reading(Proficiency.FLUENT)
                .writing(Proficiency.INTERMEDIATE).speaking(Proficiency.BASIC).build(),
            Relative.builder().id(id(2)).name("Fatou Sow").relationship("cousin")
                .employer(RelativeEmployer.THIS_ORGANISATION).organisation("ITU").build(),
            Education.builder().id(id(3)).institution(AWKWARD).degree("Master").field("Telecommunications")
                .country("SN").from(LocalDate.of(2010, 10, 1)).to(Optional.of(LocalDate.of(2012, 7, 15))).build(),
            Employment.builder().id(id(4)).employer("Sonatel").title("Radio engineer").country("SN")
                .duties("Planning\r\nof the mobile network").from(LocalDate.of(2013, 1, 1)).build(),
            Qualification.builder().id(id(5)).kind(QualificationKind.ACCREDITATION).title("Spectrum monitoring")
                .issuer("ITU Academy").obtained(LocalDate.of(2019, 6, 1)).build(),
            Expertise.builder().id(id(6)).area("Spectrum management").years(8).build(),
            ComputerSkill.builder().id(id(7)).skill("Spreadsheets").level(Proficiency.FLUENT).build(),
            Publication.builder().id(id(8)).title("Sharing spectrum in West Africa").venue("ITU Journal").year(2021)
                .build(),
            Reference.builder().id(id(9)).name("Moussa Ndiaye").position("Head of radio planning")
                .email("moussa.ndiaye@example.org").phone("").build())
        .build();
  }

  private static EntryId id(int n) {
    return new EntryId(UUID.fromString("00000000-0000-4000-8000-00000000000" + n));
  }

  @Test
  void aDocumentWrittenBy010ReadsBackAsTheSameProfile() {
    Profile back = ProfileDocument.decode(ProfileDocument.FORMAT, WRITTEN_BY_0_1_0);

    assertThat(back).isEqualTo(profile());
    assertThat(back.entries()).containsExactlyElementsOf(profile().entries());
  }

  @Test
  void todaysCodecWritesTheSameTextAs010() {
    assertThat(ProfileDocument.encode(profile())).isEqualTo(WRITTEN_BY_0_1_0);
  }

  @Test
  void aRowWrittenBy010ReadsFromTheProfileTable() throws Exception {
    Profile profile = profile();
    try (Connection c = DATABASE.getConnection(); PreparedStatement insert = c.prepareStatement(
        "insert into profile (candidate_id, created_at, last_activity, interests, format, document, version)"
            + " values (?, now(), now(), '{CONSULTANT}', 'profile/1', ?, 42)")) {
      insert.setObject(1, profile.candidate().value());
      insert.setString(2, WRITTEN_BY_0_1_0);
      insert.executeUpdate();
    }

    PostgresTransactions transactions = new PostgresTransactions(DATABASE);
    assertThat(new PostgresProfiles(transactions).find(profile.candidate())).contains(profile);
  }

  /** Damage the reader refuses rather than reading half a profile, each beside the member it damages. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "\"version\":42,                      | \"version\":42.5,",
      "\"version\":42,                      | \"version\":\"42\",",
      "\"version\":42,                      | ",
      "\"version\":42,                      | \"version\":42,\"version\":43,",
      "\"version\":42,                      | \"version\":42,\"nickname\":\"x\",",
      "\"noRelativesDeclared\":false        | \"noRelativesDeclared\":0",
      "\"reading\":\"FLUENT\"             | \"reading\":2",
      "\"section\":\"languages\"          | \"section\":\"hobbies\"",
      "\"birthDate\":\"1990-04-12\"       | \"birthDate\":\"12/04/1990\"",
      "\"phone\":\"\"}]}                  | \"phone\":\"\"}]}{}"})
  void aDamagedDocumentIsRefusedWithoutQuotingIt(String member, String damaged) {
    String document = WRITTEN_BY_0_1_0.replace(member, damaged == null ? "" : damaged);
    assertThat(document).isNotEqualTo(WRITTEN_BY_0_1_0);

    assertThatThrownBy(() -> ProfileDocument.decode(ProfileDocument.FORMAT, document))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unreadable profile/1 document")
        .hasNoCause()
        .hasMessageNotContaining("Diallo").hasMessageNotContaining("Quoted").hasMessageNotContaining("hobbies");
  }
}
