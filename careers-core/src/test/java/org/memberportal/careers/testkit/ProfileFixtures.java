/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.testkit;

import java.time.LocalDate;
import java.util.Optional;
import org.memberportal.careers.profile.Address;
import org.memberportal.careers.profile.ComputerSkill;
import org.memberportal.careers.profile.ContractInformation;
import org.memberportal.careers.profile.ContractInterest;
import org.memberportal.careers.profile.Education;
import org.memberportal.careers.profile.Employment;
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
import org.memberportal.careers.CandidateId;
import org.memberportal.kernel.testkit.MutableClock;

/** Readable sample sections, as a candidate of the seed would fill them in. */
public final class ProfileFixtures {

  private ProfileFixtures() {}

  /**
   * Amina Diallo's personal information.
   *
   * @return the section
   */
  public static PersonalInformation personal() {
    return PersonalInformation.builder().firstName("Amina").lastName("Diallo")
        .birthDate(LocalDate.of(1990, 4, 12)).addNationalities("SN").email("amina.diallo@example.org")
        .phone("+221 33 123 45 67").build();
  }

  /**
   * An address in Dakar.
   *
   * @return the section
   */
  public static Address address() {
    return Address.builder().street("12 Avenue Cheikh Anta Diop").postalCode("10700").city("Dakar").country("SN")
        .build();
  }

  /**
   * French, fluent.
   *
   * @return the entry
   */
  public static LanguageSkill french() {
    return LanguageSkill.builder().language("fr").reading(Proficiency.NATIVE).writing(Proficiency.NATIVE)
        .speaking(Proficiency.NATIVE).build();
  }

  /**
   * A master's degree.
   *
   * @return the entry
   */
  public static Education masters() {
    return Education.builder().institution("Universite Cheikh Anta Diop").degree("Master")
        .field("Telecommunications").country("SN").from(LocalDate.of(2010, 10, 1))
        .to(Optional.of(LocalDate.of(2012, 7, 15))).build();
  }

  /**
   * A current job.
   *
   * @return the entry
   */
  public static Employment engineer() {
    return Employment.builder().employer("Sonatel").title("Radio engineer").country("SN")
        .duties("Planning of the mobile network").from(LocalDate.of(2013, 1, 1)).build();
  }

  /**
   * A referee.
   *
   * @return the entry
   */
  public static Reference referee() {
    return Reference.builder().name("Moussa Ndiaye").position("Head of radio planning, Sonatel")
        .email("moussa.ndiaye@example.org").phone("").build();
  }

  /**
   * A relative working for another UN organisation.
   *
   * @return the entry
   */
  public static Relative cousin() {
    return Relative.builder().name("Fatou Sow").relationship("cousin").employer(RelativeEmployer.UN_COMMON_SYSTEM)
        .organisation("UNDP").build();
  }

  /**
   * A certificate.
   *
   * @return the entry
   */
  public static Qualification certificate() {
    return Qualification.builder().kind(QualificationKind.CERTIFICATE).title("Spectrum monitoring")
        .issuer("ITU Academy").obtained(LocalDate.of(2019, 6, 1)).build();
  }

  /**
   * An area of expertise.
   *
   * @return the entry
   */
  public static Expertise spectrum() {
    return Expertise.builder().area("Spectrum management").years(8).build();
  }

  /**
   * A computer skill.
   *
   * @return the entry
   */
  public static ComputerSkill spreadsheets() {
    return ComputerSkill.builder().skill("Spreadsheets").level(Proficiency.FLUENT).build();
  }

  /**
   * A publication.
   *
   * @return the entry
   */
  public static Publication paper() {
    return Publication.builder().title("Sharing spectrum in West Africa").venue("ITU Journal").year(2021).build();
  }

  /**
   * Interest in consultancies and short-term work.
   *
   * @return the section
   */
  public static ContractInformation openToConsultancies() {
    return ContractInformation.builder().addInterests(ContractInterest.CONSULTANT, ContractInterest.SHORT_TERM)
        .build();
  }

  /**
   * A complete profile with every section of the seed, optional ones included (contents only: version 0).
   *
   * @param candidate whose
   * @return the profile
   */
  public static Profile complete(CandidateId candidate) {
    return Profile.builder().candidate(candidate).version(0).createdAt(MutableClock.START)
        .lastActivity(MutableClock.START).personalInformation(personal()).address(address())
        .contractInformation(openToConsultancies())
        .addEntries(french(), cousin(), masters(), engineer(), certificate(), spectrum(), spreadsheets(), paper(),
            referee())
        .build();
  }
}
