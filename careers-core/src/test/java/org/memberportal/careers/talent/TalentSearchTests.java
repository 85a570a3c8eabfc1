/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.talent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.memberportal.careers.Recruiter;
import org.memberportal.careers.privacy.ConsentScope;
import org.memberportal.careers.privacy.GiveConsent;
import org.memberportal.careers.profile.ContractInformation;
import org.memberportal.careers.profile.ContractInterest;
import org.memberportal.careers.profile.Expertise;
import org.memberportal.careers.profile.LanguageSkill;
import org.memberportal.careers.profile.PersonalInformation;
import org.memberportal.careers.profile.Proficiency;
import org.memberportal.careers.profile.Profile;
import org.memberportal.careers.testkit.CareersWorld;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.careers.Candidate;
import org.memberportal.careers.CandidateId;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.Page;
import org.memberportal.kernel.StaffId;
import org.memberportal.kernel.ValidationFailed;
import org.memberportal.kernel.Violation;

class TalentSearchTests {

  private final CareersWorld world = new CareersWorld();

  private CandidateId candidate(String name, List<ContractInterest> interests, List<String> expertise,
      List<String> languages) {
    CandidateId id = world.account(name.toLowerCase(Locale.ROOT) + "@example.org", Locale.ENGLISH);
    Profile.Builder p = Profile.builder().candidate(id).version(0).createdAt(world.now()).lastActivity(world.now())
        .personalInformation(PersonalInformation.builder().firstName(name).lastName("Test").email("x@example.org")
            .birthDate(java.time.LocalDate.of(1990, 1, 1)).addNationalities("CH")
            .phone("").build());
    if (!interests.isEmpty()) {
      p.contractInformation(ContractInformation.builder().addAllInterests(interests).build());
    }
    expertise.forEach(e -> p.addEntries(Expertise.builder().area(e).years(5).build()));
    languages.forEach(l -> p.addEntries(LanguageSkill.builder().language(l).reading(Proficiency.FLUENT)
        .writing(Proficiency.FLUENT).speaking(Proficiency.FLUENT).build()));
    world.fill(id, p.build());
    return id;
  }

  private Page<Talent> search(TalentQuery query) {
    return world.talent.search(query, world.recruiter);
  }

  private static List<CandidateId> ids(Page<Talent> page) {
    return page.items().stream().map(Talent::candidate).toList();
  }

  @Test
  void recruitersFindCandidatesInterestedInShortTermConsultantOrInternshipWork() {
    CandidateId consultant = candidate("Ana", List.of(ContractInterest.CONSULTANT), List.of("Spectrum"),
        List.of("fr"));
    CandidateId intern = candidate("Ben", List.of(ContractInterest.INTERNSHIP), List.of("Statistics"),
        List.of("en"));
    CandidateId regularOnly = candidate("Carl", List.of(), List.of("Spectrum"), List.of("fr"));

    assertThat(ids(search(TalentQuery.builder().build()))).containsExactlyInAnyOrder(consultant, intern)
        .doesNotContain(regularOnly);
    assertThat(ids(search(TalentQuery.builder().addInterests(ContractInterest.INTERNSHIP).build())))
        .containsExactly(intern);
  }

  @Test
  void talentSearchFiltersByExpertiseIgnoringCase() {
    CandidateId spectrum = candidate("Ana", List.of(ContractInterest.SHORT_TERM), List.of("Spectrum management"),
        List.of("fr"));
    candidate("Ben", List.of(ContractInterest.SHORT_TERM), List.of("Statistics"), List.of("fr"));

    Page<Talent> found = search(TalentQuery.builder().expertise("SPECTRUM").build());

    assertThat(ids(found)).containsExactly(spectrum);
    assertThat(found.items().get(0).expertise()).containsExactly("Spectrum management");
  }

  @Test
  void talentSearchNeedsEveryLanguageAskedFor() {
    CandidateId both = candidate("Ana", List.of(ContractInterest.CONSULTANT), List.of("Law"), List.of("en", "fr"));
    candidate("Ben", List.of(ContractInterest.CONSULTANT), List.of("Law"), List.of("en"));

    assertThat(ids(search(TalentQuery.builder().addLanguages("en", "fr").build()))).containsExactly(both);
    assertThat(search(TalentQuery.builder().addLanguages("en").build()).total()).isEqualTo(2);
  }

  @Test
  void talentSearchIsPagedInAStableOrder() {
    List<CandidateId> all = IntStream.range(0, 5).mapToObj(i -> candidate("C" + i,
        List.of(ContractInterest.SHORT_TERM), List.of("Audit"), List.of("en"))).toList();

    Page<Talent> first = search(TalentQuery.builder().size(2).build());
    Page<Talent> last = search(TalentQuery.builder().size(2).page(2).build());

    assertThat(first.total()).isEqualTo(5);
    assertThat(first.hasNext()).isTrue();
    assertThat(last.items()).hasSize(1);
    assertThat(last.hasNext()).isFalse();
    List<CandidateId> pages = new java.util.ArrayList<>();
    for (int p = 0; p < 3; p++) {
      pages.addAll(ids(search(TalentQuery.builder().size(2).page(p).build())));
    }
    assertThat(pages).containsExactlyInAnyOrderElementsOf(all).doesNotHaveDuplicates();
  }

  @Test
  void internalRecruitmentUseNeedsNoConsentButResultsSayWhetherSharingOutsideIs() {
    CandidateId consenting = candidate("Ana", List.of(ContractInterest.CONSULTANT), List.of("Law"), List.of("en"));
    CandidateId silent = candidate("Ben", List.of(ContractInterest.CONSULTANT), List.of("Law"), List.of("en"));
    world.privacy.giveConsent(GiveConsent.builder().candidate(consenting)
        .scope(ConsentScope.SHARE_OUTSIDE_ORGANISATION).build(), Candidate.of(consenting));

    List<Talent> found = search(TalentQuery.builder().build()).items();

    assertThat(found).extracting(Talent::candidate).containsExactlyInAnyOrder(consenting, silent);
    assertThat(found).filteredOn(t -> t.candidate().equals(consenting)).singleElement()
        .extracting(Talent::mayShareOutside).isEqualTo(true);
    assertThat(found).filteredOn(t -> t.candidate().equals(silent)).singleElement()
        .extracting(Talent::mayShareOutside).isEqualTo(false);
  }

  @Test
  void changedOrErasedProfilesLeaveTheTalentIndex() {
    CandidateId ana = candidate("Ana", List.of(ContractInterest.CONSULTANT), List.of("Law"), List.of("en"));
    assertThat(ids(search(TalentQuery.builder().build()))).containsExactly(ana);

    world.candidateProfiles.setContractInformation(org.memberportal.careers.profile.SetContractInformation.builder()
        .candidate(ana).expectedVersion(world.version(ana)).value(ContractInformation.builder().build()).build(),
        Candidate.of(ana));
    assertThat(search(TalentQuery.builder().build()).items()).isEmpty();
    assertThat(world.profiles.interestedIn(ContractInterest.CONSULTANT)).isEmpty();
  }

  @Test
  void talentQueriesAreValidated() {
    assertThatThrownBy(() -> search(TalentQuery.builder().size(0).page(-1).addLanguages("xx").build()))
        .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.violations()).extracting(Violation::code)
            .contains("careers.talent.size.out-of-range", "careers.talent.page.negative",
                "careers.talent.language.not-iso"));
  }

  static List<Actor> everyoneButRecruiters() {
    return List.of(Actor.anonymous(), Candidate.of(CandidateId.random()), Actor.account(AccountId.random()),
        Actor.operator(StaffId.random()), Actor.system("x"));
  }

  @ParameterizedTest(name = "{0} may not search talent")
  @MethodSource("everyoneButRecruiters")
  void onlyRecruitersSearchTalent(Actor actor) {
    assertThatThrownBy(() -> world.talent.search(TalentQuery.builder().build(), actor))
        .isInstanceOfSatisfying(NotAllowed.class, e -> assertThat(e.reason()).isEqualTo("talent.not-allowed"));
  }

  @Test
  void recruitersMaySearchTalent() {
    assertThatCode(() -> world.talent.search(TalentQuery.builder().build(), Recruiter.of(StaffId.random())))
        .doesNotThrowAnyException();
  }
}
