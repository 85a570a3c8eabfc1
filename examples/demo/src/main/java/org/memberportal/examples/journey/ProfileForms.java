/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.journey;

import java.time.LocalDate;
import org.memberportal.careers.CandidateId;
import org.memberportal.careers.profile.AddEntry;
import org.memberportal.careers.profile.Address;
import org.memberportal.careers.profile.CandidateProfiles;
import org.memberportal.careers.profile.ContractInformation;
import org.memberportal.careers.profile.ContractInterest;
import org.memberportal.careers.profile.DeclareNoRelatives;
import org.memberportal.careers.profile.Education;
import org.memberportal.careers.profile.Employment;
import org.memberportal.careers.profile.LanguageSkill;
import org.memberportal.careers.profile.PersonalInformation;
import org.memberportal.careers.profile.Proficiency;
import org.memberportal.careers.profile.Profile;
import org.memberportal.careers.profile.ProfileEntry;
import org.memberportal.careers.profile.Reference;
import org.memberportal.careers.profile.SetAddress;
import org.memberportal.careers.profile.SetContractInformation;
import org.memberportal.careers.profile.SetPersonalInformation;
import org.memberportal.kernel.Actor;

/** The Candidate Profile screens filled in, one command per section, as a candidate of the demo would. */
final class ProfileForms {

  private final CandidateProfiles profiles;

  ProfileForms(CandidateProfiles profiles) {
    this.profiles = profiles;
  }

  /** Fills every required section; each command sends the version it saw, as a screen would. */
  Profile complete(CandidateId candidate, Actor actor, String first, String last, String email, String country) {
    Profile p = profiles.setPersonalInformation(SetPersonalInformation.builder().candidate(candidate)
        .expectedVersion(0).value(PersonalInformation.builder().firstName(first).lastName(last)
            .birthDate(LocalDate.of(1988, 4, 12)).addNationalities(country).email(email).phone("+41 22 730 51 11")
            .build()).build(), actor).value();
    p = profiles.setAddress(SetAddress.builder().candidate(candidate).expectedVersion(p.version())
        .value(Address.builder().street("Place des Nations").postalCode("1211").city("Geneva").country("CH")
            .build()).build(), actor).value();
    p = profiles.declareNoRelatives(DeclareNoRelatives.builder().candidate(candidate)
        .expectedVersion(p.version()).build(), actor).value();
    p = add(candidate, actor, p, LanguageSkill.builder().language("fr").reading(Proficiency.NATIVE)
        .writing(Proficiency.NATIVE).speaking(Proficiency.NATIVE).build());
    p = add(candidate, actor, p, LanguageSkill.builder().language("en").reading(Proficiency.FLUENT)
        .writing(Proficiency.FLUENT).speaking(Proficiency.FLUENT).build());
    p = add(candidate, actor, p, Education.builder().institution("EPFL").degree("Master")
        .field("Communication systems").country("CH").from(LocalDate.of(2008, 9, 15))
        .to(java.util.Optional.of(LocalDate.of(2012, 7, 1))).build());
    p = add(candidate, actor, p, Employment.builder().employer("Spectrum Advisory").title("Consultant")
        .country("CH").duties("Spectrum planning for regulators").from(LocalDate.of(2013, 1, 1)).build());
    p = add(candidate, actor, p, Reference.builder().name("Moussa Ndiaye").position("Head of radio planning")
        .email("moussa.ndiaye@example.org").phone("").build());
    return profiles.setContractInformation(SetContractInformation.builder().candidate(candidate)
        .expectedVersion(p.version()).value(ContractInformation.builder()
            .addInterests(ContractInterest.CONSULTANT, ContractInterest.SHORT_TERM).build()).build(), actor).value();
  }

  private Profile add(CandidateId candidate, Actor actor, Profile p, ProfileEntry entry) {
    return profiles.addEntry(AddEntry.builder().candidate(candidate).expectedVersion(p.version()).entry(entry)
        .build(), actor).value();
  }
}
