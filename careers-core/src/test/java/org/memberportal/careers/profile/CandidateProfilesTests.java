/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.memberportal.careers.testkit.CareersWorld.as;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.memberportal.careers.Recruiter;
import org.memberportal.careers.testkit.CareersWorld;
import org.memberportal.careers.testkit.HeldValues;
import org.memberportal.careers.testkit.ProfileFixtures;
import org.memberportal.kernel.Actor;
import org.memberportal.careers.Candidate;
import org.memberportal.careers.CandidateId;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.KernelRefusals;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.NotFound;
import org.memberportal.kernel.PortalException;
import org.memberportal.kernel.PreconditionFailed;
import org.memberportal.kernel.StaffId;
import org.memberportal.kernel.Validation;
import org.memberportal.kernel.ValidationFailed;
import org.memberportal.kernel.Violation;

class CandidateProfilesTests {

  private final CareersWorld world = new CareersWorld();
  private final CandidateProfiles service = world.candidateProfiles;
  private final CandidateId amina = CandidateId.random();

  private Outcome add(ProfileEntry entry) {
    return new Outcome(service.addEntry(
        AddEntry.builder().candidate(amina).expectedVersion(world.version(amina)).entry(entry).build(), as(amina))
        .value());
  }

  private record Outcome(Profile profile) {}

  private List<Violation> violations(Runnable command) {
    try {
      command.run();
    } catch (ValidationFailed e) {
      return e.violations();
    }
    throw new AssertionError("the command was accepted");
  }

  @Test
  void candidateFillsInEverySectionOfTheSeed() {
    Profile profile = world.fill(amina, ProfileFixtures.complete(amina));

    assertThat(profile.complete()).isTrue();
    for (Section s : Section.values()) {
      assertThat(profile.answered(s)).as(s.code()).isTrue();
    }
    assertThat(profile.personalInformation()).contains(ProfileFixtures.personal());
    assertThat(profile.entries(Section.RELATIVES)).hasSize(1);
    assertThat(profile.openToNonRegularWork()).isTrue();
  }

  @Test
  void languageSkillRecordsReadingWritingAndSpeakingLevels() {
    LanguageSkill english = LanguageSkill.builder().language("en").reading(Proficiency.FLUENT)
        .writing(Proficiency.INTERMEDIATE).speaking(Proficiency.BASIC).build();
    Profile profile = add(english).profile();

    LanguageSkill stored = profile.entries(LanguageSkill.class).get(0);
    assertThat(stored.reading()).isEqualTo(Proficiency.FLUENT);
    assertThat(stored.writing()).isEqualTo(Proficiency.INTERMEDIATE);
    assertThat(stored.speaking()).isEqualTo(Proficiency.BASIC);
  }

  @Test
  void explicitNoneAnswersTheRelativesSection() {
    assertThat(Profile.empty(amina, world.clock.instant()).answered(Section.RELATIVES)).isFalse();

    Profile profile = service.declareNoRelatives(
        DeclareNoRelatives.builder().candidate(amina).expectedVersion(0).build(), as(amina)).value();

    assertThat(profile.answered(Section.RELATIVES)).isTrue();
    assertThat(profile.missingSections()).doesNotContain(Section.RELATIVES);
  }

  @Test
  void declaringNoRelativesIsRefusedWhileRelativesAreListed() {
    add(ProfileFixtures.cousin());
    assertThatThrownBy(() -> service.declareNoRelatives(
        DeclareNoRelatives.builder().candidate(amina).expectedVersion(1).build(), as(amina)))
        .isInstanceOf(PreconditionFailed.class).extracting("reason").isEqualTo("profile.relatives.listed");
  }

  @Test
  void listingARelativeReplacesTheNoneDeclaration() {
    service.declareNoRelatives(DeclareNoRelatives.builder().candidate(amina).expectedVersion(0).build(), as(amina));
    Profile profile = add(ProfileFixtures.cousin()).profile();
    assertThat(profile.noRelativesDeclared()).isFalse();
    assertThat(profile.answered(Section.RELATIVES)).isTrue();
  }

  @Test
  void endDateBeforeStartDateIsRefusedInTheCallersLanguage() {
    Employment backwards = ((ImmutableEmployment) ProfileFixtures.engineer())
        .withTo(Optional.of(LocalDate.of(2012, 1, 1)));
    AddEntry command = AddEntry.builder().candidate(amina).expectedVersion(0).entry(backwards).build();

    assertThat(violations(() -> service.addEntry(command, as(amina))))
        .extracting(Violation::code, Violation::path, Violation::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("profile.dates.end-before-start", "entry.datesInOrder",
            "the end date must not be before the start date"));
    assertThat(violations(() -> service.addEntry(command, as(amina).in(Locale.FRENCH))))
        .extracting(Violation::message)
        .containsExactly("la date de fin ne doit pas précéder la date de début");
    assertThat(world.profiles.find(amina)).isEmpty();
  }

  @Test
  void countryAndLanguageCodesMustBeIso() {
    Address nowhere = ((ImmutableAddress) ProfileFixtures.address()).withCountry("XX");
    LanguageSkill klingon = ((ImmutableLanguageSkill) ProfileFixtures.french()).withLanguage("tlh");
    PersonalInformation stateless = ((ImmutablePersonalInformation) ProfileFixtures.personal())
        .withNationalities(List.of("sn"));

    assertThat(violations(() -> service.setAddress(
        SetAddress.builder().candidate(amina).expectedVersion(0).value(nowhere).build(), as(amina))))
        .extracting(Violation::code, Violation::path)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("profile.country.not-iso", "value.country"));
    assertThat(violations(() -> service.addEntry(
        AddEntry.builder().candidate(amina).expectedVersion(0).entry(klingon).build(), as(amina))))
        .extracting(Violation::code).containsExactly("profile.language.not-iso");
    assertThat(violations(() -> service.setPersonalInformation(
        SetPersonalInformation.builder().candidate(amina).expectedVersion(0).value(stateless).build(), as(amina))))
        .extracting(Violation::code).containsExactly("profile.country.not-iso");
  }

  @Test
  void birthDateMustBeInThePast() {
    PersonalInformation unborn = ((ImmutablePersonalInformation) ProfileFixtures.personal())
        .withBirthDate(LocalDate.ofInstant(world.clock.instant(), world.clock.getZone()));
    assertThat(violations(() -> service.setPersonalInformation(
        SetPersonalInformation.builder().candidate(amina).expectedVersion(0).value(unborn).build(), as(amina))))
        .extracting(Violation::code, Violation::path)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("profile.personal.birth-date-not-past", "value.birthDate"));
  }

  @Test
  void textsLongerThanTheirLimitAreRefused() {
    Publication tooLong = ((ImmutablePublication) ProfileFixtures.paper()).withTitle("x".repeat(201));
    assertThat(violations(() -> service.addEntry(
        AddEntry.builder().candidate(amina).expectedVersion(0).entry(tooLong).build(), as(amina))))
        .extracting(Violation::code, Violation::path)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("size", "entry.title"));
  }

  @Test
  void personalInformationAcceptsAtMostThreeNationalities() {
    PersonalInformation many = ((ImmutablePersonalInformation) ProfileFixtures.personal())
        .withNationalities(List.of("SN", "FR", "CH", "ML"));
    assertThat(violations(() -> service.setPersonalInformation(
        SetPersonalInformation.builder().candidate(amina).expectedVersion(0).value(many).build(), as(amina))))
        .extracting(Violation::code).containsExactly("profile.personal.too-many-nationalities");
  }

  @Test
  void sectionHoldsAtMostFiftyEntries() {
    for (int i = 0; i < CandidateProfiles.MAX_ENTRIES_PER_SECTION; i++) {
      add(Expertise.builder().area("area " + i).years(1).build());
    }
    assertThat(violations(() -> add(ProfileFixtures.spectrum())))
        .extracting(Violation::code, Violation::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("profile.section.full", "a section holds at most 50 entries"));
    assertThat(world.version(amina)).isEqualTo(50);
  }

  @Test
  void aNegativeExpectedVersionIsRefusedOnEveryProfileCommand() {
    // the constraint is declared once, on ProfileCommand, and holds for every command that implements it
    assertThat(violations(() -> service.addEntry(AddEntry.builder().candidate(amina).expectedVersion(-1)
        .entry(ProfileFixtures.french()).build(), as(amina))))
        .extracting(Violation::path).containsExactly("expectedVersion");
    assertThat(violations(() -> service.setAddress(SetAddress.builder().candidate(amina).expectedVersion(-1)
        .value(ProfileFixtures.complete(amina).address().orElseThrow()).build(), as(amina))))
        .extracting(Violation::path).containsExactly("expectedVersion");
    assertThat(world.profiles.find(amina)).isEmpty();
  }

  @Test
  void editBasedOnAStaleVersionIsAConflictAndChangesNothing() {
    add(ProfileFixtures.french());
    Profile before = world.profiles.find(amina).orElseThrow();

    assertThatThrownBy(() -> service.addEntry(
        AddEntry.builder().candidate(amina).expectedVersion(0).entry(ProfileFixtures.masters()).build(), as(amina)))
        .isInstanceOf(Conflict.class).extracting("reason").isEqualTo(KernelRefusals.STALE_VERSION);
    assertThat(world.profiles.find(amina)).contains(before);
    assertThat(world.kernel.eventLog().trail(ProfileEvent.subjectOf(amina))).hasSize(1);
  }

  @Test
  void onlyTheCandidateEditsTheirProfile() {
    AddEntry command = AddEntry.builder().candidate(amina).expectedVersion(0).entry(ProfileFixtures.french()).build();
    List<Actor> others = List.of(Candidate.of(CandidateId.random()), Recruiter.of(StaffId.random()),
        Actor.operator(StaffId.random()), Actor.anonymous(), Actor.system("test"));
    for (Actor other : others) {
      assertThatThrownBy(() -> service.addEntry(command, other)).as(other.toString())
          .isInstanceOf(NotAllowed.class).extracting("reason").isEqualTo("profile.not-owner");
    }
    assertThat(world.profiles.find(amina)).isEmpty();
  }

  @Test
  void candidateAndRecruitersReadAProfileOthersDoNot() {
    add(ProfileFixtures.french());
    assertThat(service.profile(amina, as(amina)).version()).isEqualTo(1);
    assertThat(service.profile(amina, Recruiter.of(StaffId.random())).version()).isEqualTo(1);
    for (Actor other : List.of(Candidate.of(CandidateId.random()), Actor.anonymous(),
        Actor.account(org.memberportal.kernel.AccountId.random()))) {
      assertThatThrownBy(() -> service.profile(amina, other)).isInstanceOf(NotAllowed.class);
    }
  }

  @Test
  void candidateWithoutProfileSeesAnEmptyOneRecruitersSeeNone() {
    assertThat(service.profile(amina, as(amina)).version()).isZero();
    assertThatThrownBy(() -> service.profile(amina, Recruiter.of(StaffId.random())))
        .isInstanceOf(NotFound.class).extracting("reason").isEqualTo("profile.not-found");
  }

  @Test
  void updateReplacesAnEntryAndRemoveDeletesIt() {
    LanguageSkill french = ProfileFixtures.french();
    add(french);
    LanguageSkill better = ((ImmutableLanguageSkill) french).withWriting(Proficiency.FLUENT);

    Profile updated = service.updateEntry(
        UpdateEntry.builder().candidate(amina).expectedVersion(1).entry(better).build(), as(amina)).value();
    assertThat(updated.entries()).containsExactly(better);

    Profile removed = service.removeEntry(
        RemoveEntry.builder().candidate(amina).expectedVersion(2).entry(french.id()).build(), as(amina)).value();
    assertThat(removed.entries()).isEmpty();
    assertThat(removed.version()).isEqualTo(3);
  }

  @Test
  void updatingOrRemovingAnUnknownEntryIsNotFound() {
    add(ProfileFixtures.french());
    assertThatThrownBy(() -> service.updateEntry(UpdateEntry.builder().candidate(amina).expectedVersion(1)
        .entry(ProfileFixtures.spectrum()).build(), as(amina)))
        .isInstanceOf(NotFound.class).extracting("reason").isEqualTo("profile.entry.not-found");
    assertThatThrownBy(() -> service.removeEntry(RemoveEntry.builder().candidate(amina).expectedVersion(1)
        .entry(EntryId.random()).build(), as(amina)))
        .isInstanceOf(NotFound.class).extracting("reason").isEqualTo("profile.entry.not-found");
  }

  private Profile removeSection(Section section) {
    return service.removeSection(RemoveSection.builder().candidate(amina).expectedVersion(world.version(amina))
        .section(section).build(), as(amina)).value();
  }

  @Test
  void candidateRemovesEverySectionOneByOneAndTheProfileIsThenIncomplete() {
    Profile complete = world.fill(amina, ProfileFixtures.complete(amina));
    assertThat(complete.complete()).isTrue();

    for (Section section : Section.values()) {
      long before = world.version(amina);
      Profile profile = removeSection(section);

      assertThat(profile.answered(section)).as(section.code()).isFalse();
      assertThat(profile.version()).isEqualTo(before + 1);
      assertThat(world.kernel.eventLog().trail(ProfileEvent.subjectOf(amina))).last()
          .isEqualTo(new ProfileEvent.Edited(world.now(), as(amina), amina, section, EntryChange.REMOVED,
              Optional.empty(), before + 1));
    }
    Profile emptied = world.profiles.find(amina).orElseThrow();
    assertThat(emptied.personalInformation()).isEmpty();
    assertThat(emptied.address()).isEmpty();
    assertThat(emptied.contractInformation()).isEmpty();
    assertThat(emptied.entries()).isEmpty();
    assertThat(emptied.missingSections()).containsExactlyElementsOf(
        java.util.Arrays.stream(Section.values()).filter(Section::required).toList());
    assertThatThrownBy(() -> service.snapshot(amina, as(amina)))
        .isInstanceOf(PreconditionFailed.class).extracting("reason").isEqualTo("profile.incomplete");
  }

  @Test
  void removingTheAddressLeavesTheOtherSectionsAndMakesTheProfileIncomplete() {
    Profile complete = world.fill(amina, ProfileFixtures.complete(amina));

    Profile profile = removeSection(Section.ADDRESS);

    assertThat(profile.address()).isEmpty();
    assertThat(profile.missingSections()).containsExactly(Section.ADDRESS);
    assertThat(profile.personalInformation()).isEqualTo(complete.personalInformation());
    assertThat(profile.contractInformation()).isEqualTo(complete.contractInformation());
    assertThat(profile.entries()).isEqualTo(complete.entries());
    assertThat(service.completeness(amina, as(amina).in(Locale.FRENCH)).missing())
        .extracting(MissingSection::title).containsExactly("Adresse");
  }

  @Test
  void removingTheRelativesSectionWithdrawsTheNoneDeclarationToo() {
    service.declareNoRelatives(DeclareNoRelatives.builder().candidate(amina).expectedVersion(0).build(), as(amina));
    LanguageSkill french = ProfileFixtures.french();
    add(french);

    Profile profile = removeSection(Section.RELATIVES);

    assertThat(profile.noRelativesDeclared()).isFalse();
    assertThat(profile.answered(Section.RELATIVES)).isFalse();
    assertThat(profile.entries()).containsExactly(french);
  }

  @Test
  void removingAListSectionRemovesOnlyItsEntriesAndKeepsTheNoneDeclaration() {
    service.declareNoRelatives(DeclareNoRelatives.builder().candidate(amina).expectedVersion(0).build(), as(amina));
    add(ProfileFixtures.french());
    Expertise spectrum = ProfileFixtures.spectrum();
    add(spectrum);

    Profile profile = removeSection(Section.LANGUAGES);

    assertThat(profile.entries()).containsExactly(spectrum);
    assertThat(profile.noRelativesDeclared()).isTrue();
  }

  @Test
  void removingAnEmptySectionIsNotFoundAndChangesNothing() {
    add(ProfileFixtures.french());
    Profile before = world.profiles.find(amina).orElseThrow();

    for (Section section : List.of(Section.ADDRESS, Section.PERSONAL_INFORMATION, Section.CONTRACT_INFORMATION,
        Section.RELATIVES, Section.PUBLICATIONS)) {
      assertThatThrownBy(() -> removeSection(section)).as(section.code())
          .isInstanceOfSatisfying(NotFound.class, e -> assertThat(e.reason()).isEqualTo("profile.section.empty"));
    }
    assertThat(world.profiles.find(amina)).contains(before);
    assertThat(Validation.message("profile.section.empty", Locale.ENGLISH, java.util.Map.of()))
        .isNotEqualTo("profile.section.empty");
    assertThat(Validation.hasOwnMessage("profile.section.empty", Locale.FRENCH)).isTrue();
  }

  @Test
  void onlyTheCandidateRemovesASectionAndOnlyFromTheVersionTheySaw() {
    world.fill(amina, ProfileFixtures.complete(amina));
    Profile before = world.profiles.find(amina).orElseThrow();
    RemoveSection command = RemoveSection.builder().candidate(amina).expectedVersion(before.version())
        .section(Section.PERSONAL_INFORMATION).build();

    for (Actor other : List.of(Candidate.of(CandidateId.random()), Recruiter.of(StaffId.random()),
        Actor.operator(StaffId.random()), Actor.anonymous(), Actor.system("test"))) {
      assertThatThrownBy(() -> service.removeSection(command, other)).as(other.toString())
          .isInstanceOf(NotAllowed.class).extracting("reason").isEqualTo("profile.not-owner");
    }
    assertThatThrownBy(() -> service.removeSection(RemoveSection.builder().candidate(amina)
        .expectedVersion(before.version() - 1).section(Section.PERSONAL_INFORMATION).build(), as(amina)))
        .isInstanceOf(Conflict.class).extracting("reason").isEqualTo(KernelRefusals.STALE_VERSION);
    assertThat(world.profiles.find(amina)).contains(before);
  }

  @Test
  void anEntryCannotMoveToAnotherSection() {
    LanguageSkill french = ProfileFixtures.french();
    add(french);
    Expertise sameId = ((ImmutableExpertise) ProfileFixtures.spectrum()).withId(french.id());
    assertThat(violations(() -> service.updateEntry(
        UpdateEntry.builder().candidate(amina).expectedVersion(1).entry(sameId).build(), as(amina))))
        .extracting(Violation::code).containsExactly("profile.entry.other-section");
  }

  @Test
  void completenessReportNamesEachMissingSectionInTheCallersLanguage() {
    add(ProfileFixtures.french());

    Completeness english = service.completeness(amina, as(amina));
    Completeness french = service.completeness(amina, as(amina).in(Locale.FRENCH));

    assertThat(english.complete()).isFalse();
    assertThat(english.missing()).extracting(MissingSection::section).containsExactly(
        Section.PERSONAL_INFORMATION, Section.ADDRESS, Section.RELATIVES, Section.EDUCATION, Section.EMPLOYMENT,
        Section.REFERENCES, Section.CONTRACT_INFORMATION);
    assertThat(english.missing()).extracting(MissingSection::title)
        .contains("Personal information", "Relatives in the organisation or the UN common system");
    assertThat(french.missing()).extracting(MissingSection::title)
        .contains("Informations personnelles", "Expérience professionnelle");
    assertThat(english.answered()).isEqualTo(1);
    assertThat(english.required()).isEqualTo(8);
  }

  @Test
  void everySectionIsNamedInEnglishAndFrench() {
    for (Section s : Section.values()) {
      assertThat(s.title(Locale.ENGLISH)).as(s.code()).isNotEqualTo(s.messageKey());
      assertThat(Validation.hasOwnMessage(s.messageKey(), Locale.FRENCH)).as(s.code()).isTrue();
    }
  }

  @Test
  void everyProfileMessageHasAFrenchTranslation() {
    for (String key : List.of("profile.country.not-iso", "profile.language.not-iso",
        "profile.personal.nationality-missing", "profile.personal.too-many-nationalities",
        "profile.personal.birth-date-not-past", "profile.dates.end-before-start", "profile.section.full",
        "profile.entry.other-section")) {
      assertThat(Validation.message(key, Locale.ENGLISH, java.util.Map.of())).as(key).isNotEqualTo(key);
      assertThat(Validation.hasOwnMessage(key, Locale.FRENCH)).as(key).isTrue();
    }
  }

  @Test
  void snapshotOfAnIncompleteProfileIsRefused() {
    add(ProfileFixtures.french());
    assertThatThrownBy(() -> service.snapshot(amina, as(amina)))
        .isInstanceOf(PreconditionFailed.class).extracting("reason").isEqualTo("profile.incomplete");
  }

  @Test
  void snapshotStaysAsItWasWhenTheProfileChangesLater() {
    world.fill(amina, ProfileFixtures.complete(amina));
    ProfileSnapshot snapshot = service.snapshot(amina, as(amina));
    long version = snapshot.profileVersion();

    add(ProfileFixtures.spreadsheets());

    assertThat(snapshot.profile().entries(ComputerSkill.class)).hasSize(1);
    assertThat(service.profile(amina, as(amina)).entries(ComputerSkill.class)).hasSize(2);
    assertThat(snapshot.profileVersion()).isEqualTo(version);
    assertThat(snapshot.takenAt()).isEqualTo(world.clock.instant());
  }

  @Test
  void onlyTheCandidateOrTheLibraryTakesASnapshot() {
    world.fill(amina, ProfileFixtures.complete(amina));
    assertThat(service.snapshot(amina, Actor.system("applications")).candidate()).isEqualTo(amina);
    assertThatThrownBy(() -> service.snapshot(amina, Recruiter.of(StaffId.random())))
        .isInstanceOf(NotAllowed.class);
  }

  @Test
  void everyEditEmitsAnEventWithoutPersonalData() {
    Profile profile = world.fill(amina, ProfileFixtures.complete(amina));
    List<DomainEvent> trail = world.kernel.eventLog().trail(ProfileEvent.subjectOf(amina));

    assertThat(trail).hasSize((int) profile.version());
    assertThat(trail).extracting(e -> ((ProfileEvent.Edited) e).version())
        .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, profile.version()).boxed().toList());
    String printed = trail.toString();
    for (String value : HeldValues.personal(profile)) {
      assertThat(printed).doesNotContain(value);
    }
  }

  @Test
  void profileAndSnapshotPrintNoPersonalData() {
    Profile profile = world.fill(amina, ProfileFixtures.complete(amina));
    String printed = profile + " " + service.snapshot(amina, as(amina)) + " " + profile.personalInformation().get()
        + " " + profile.address().get();
    for (String value : HeldValues.personal(profile)) {
      assertThat(printed).doesNotContain(value);
    }
  }

  @Test
  void refusedCommandsThrowOnlyPortalExceptions() {
    assertThatThrownBy(() -> service.removeEntry(
        RemoveEntry.builder().candidate(amina).expectedVersion(0).entry(EntryId.random()).build(), as(amina)))
        .isInstanceOf(PortalException.class);
    assertThatThrownBy(() -> EntryId.of("not-a-uuid")).isInstanceOf(NotFound.class);
  }
}
