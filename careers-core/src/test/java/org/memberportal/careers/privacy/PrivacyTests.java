/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.memberportal.careers.testkit.CareersWorld.as;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.memberportal.careers.Recruiter;
import org.memberportal.careers.profile.AddEntry;
import org.memberportal.careers.profile.Profile;
import org.memberportal.careers.profile.ProfileEvent;
import org.memberportal.careers.profile.RemoveEntry;
import org.memberportal.careers.profile.RemoveSection;
import org.memberportal.careers.profile.Section;
import org.memberportal.careers.testkit.CareersWorld;
import org.memberportal.careers.testkit.HeldValues;
import org.memberportal.careers.testkit.JsonReader;
import org.memberportal.careers.testkit.ProfileFixtures;
import org.memberportal.kernel.Actor;
import org.memberportal.careers.Candidate;
import org.memberportal.careers.CandidateId;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.PreconditionFailed;
import org.memberportal.kernel.StaffId;
import org.memberportal.kernel.Unavailable;

class PrivacyTests {

  private final CareersWorld world = new CareersWorld();
  private final Privacy privacy = world.privacy;

  private Outcome<Consent> consent(CandidateId c) {
    return privacy.giveConsent(
        GiveConsent.builder().candidate(c).scope(ConsentScope.SHARE_OUTSIDE_ORGANISATION).build(), as(c));
  }

  private Outcome<Consent> withdraw(CandidateId c) {
    return privacy.withdrawConsent(
        WithdrawConsent.builder().candidate(c).scope(ConsentScope.SHARE_OUTSIDE_ORGANISATION).build(), as(c));
  }

  private Outcome<CandidateId> delete(CandidateId c) {
    return privacy.deleteProfile(DeleteProfile.builder().candidate(c).build(), as(c));
  }

  @Test
  void candidateExportsEverythingHeldAboutThemAsOneDocument() {
    CandidateId amina = world.candidateWithCompleteProfile();
    consent(amina);
    Profile profile = world.profiles.find(amina).orElseThrow();

    CandidateDataExport export = privacy.export(amina, as(amina));

    assertThat(export.profile()).contains(profile);
    assertThat(export.consents()).hasSize(1);
    assertThat(export.history()).hasSize((int) profile.version() + 1);
    assertThat(export.history().get(0).detail()).isEqualTo("personal-information SET");
    String json = export.toJson();
    for (String value : HeldValues.personal(profile)) {
      assertThat(json).contains(value);
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> parsed = (Map<String, Object>) JsonReader.parse(json);
    assertThat(parsed).isEqualTo(export.toDocument());
    assertThat(parsed.keySet()).containsExactly("candidate", "exportedAt", "account", "profile", "consents",
        "history", "applications", "alerts");
    @SuppressWarnings("unchecked")
    Map<String, Object> sections = (Map<String, Object>) parsed.get("profile");
    for (Section s : Section.values()) {
      assertThat(sections).containsKey(s.code());
    }
  }

  @Test
  void candidateWithoutProfileExportsAnEmptyDocument() {
    CandidateId nobody = CandidateId.random();
    CandidateDataExport export = privacy.export(nobody, as(nobody));
    assertThat(export.profile()).isEmpty();
    assertThat(export.toJson()).contains("\"profile\":null");
  }

  @Test
  void jsonEscapesQuotesBackslashesAndControlCharacters() {
    String awkward = "Say \"hi\"\\ \n\t\u0001\u2028 é中";
    String json = Json.render(Map.of("text", awkward));
    assertThat(json).isEqualTo("{\"text\":\"Say \\\"hi\\\"\\\\ \\n\\t\\u0001\\u2028 é中\"}");
    assertThat(JsonReader.parse(json)).isEqualTo(Map.of("text", awkward));
  }

  @Test
  void onlyTheCandidateExportsOrDeletesTheirData() {
    CandidateId amina = world.candidateWithCompleteProfile();
    for (Actor other : List.of(Candidate.of(CandidateId.random()), Recruiter.of(StaffId.random()),
        Actor.operator(StaffId.random()), Actor.anonymous())) {
      assertThatThrownBy(() -> privacy.export(amina, other)).isInstanceOf(NotAllowed.class);
      assertThatThrownBy(() -> privacy.deleteProfile(DeleteProfile.builder().candidate(amina).build(), other))
          .isInstanceOf(NotAllowed.class).extracting("reason").isEqualTo("privacy.not-owner");
    }
    assertThat(world.profiles.find(amina)).isPresent();
  }

  @Test
  void candidateRemovesSingleEntries() {
    CandidateId amina = world.candidateWithCompleteProfile();
    Profile profile = world.profiles.find(amina).orElseThrow();
    var paper = profile.entries(Section.PUBLICATIONS).get(0);

    world.candidateProfiles.removeEntry(RemoveEntry.builder().candidate(amina).expectedVersion(profile.version())
        .entry(paper.id()).build(), as(amina));

    assertThat(privacy.export(amina, as(amina)).toJson()).doesNotContain("Sharing spectrum in West Africa");
  }

  @Test
  void candidateRemovesTheAddressPersonalAndContractInformationAndTheExportShowsThemGone() {
    CandidateId amina = world.candidateWithCompleteProfile();
    Profile profile = world.profiles.find(amina).orElseThrow();
    Set<String> removed = HeldValues.personal(Profile.builder().candidate(amina).version(0)
        .createdAt(Instant.EPOCH).lastActivity(Instant.EPOCH).personalInformation(profile.personalInformation())
        .address(profile.address()).build());
    assertThat(removed).isNotEmpty();

    for (Section section : List.of(Section.ADDRESS, Section.PERSONAL_INFORMATION, Section.CONTRACT_INFORMATION)) {
      world.candidateProfiles.removeSection(RemoveSection.builder().candidate(amina)
          .expectedVersion(world.version(amina)).section(section).build(), as(amina));
    }

    CandidateDataExport export = privacy.export(amina, as(amina));
    @SuppressWarnings("unchecked")
    Map<String, Object> sections = (Map<String, Object>) export.toDocument().get("profile");
    assertThat(sections).containsEntry("address", null).containsEntry("personal-information", null)
        .containsEntry("contract-information", null);
    String json = export.toJson();
    for (String value : removed) {
      assertThat(json).doesNotContain(value);
    }
    assertThat(export.history()).extracting(AuditEntry::detail).endsWith("address REMOVED",
        "personal-information REMOVED", "contract-information REMOVED");
    assertThat(world.candidateProfiles.completeness(amina, as(amina)).missing()).extracting("section")
        .containsExactly(Section.PERSONAL_INFORMATION, Section.ADDRESS, Section.CONTRACT_INFORMATION);
  }

  @Test
  void deletingProfileErasesPersonalDataAndPublishesCandidateErased() {
    CandidateId amina = world.candidateWithCompleteProfile();
    consent(amina);
    Set<String> values = HeldValues.personal(world.profiles.find(amina).orElseThrow());

    Outcome<CandidateId> outcome = delete(amina);

    assertThat(outcome.events()).singleElement().isInstanceOfSatisfying(PrivacyEvent.CandidateErased.class, e -> {
      assertThat(e.candidate()).isEqualTo(amina);
      assertThat(e.reason()).isEqualTo(ErasureReason.CANDIDATE_REQUEST);
    });
    assertThat(world.profiles.find(amina)).isEmpty();
    assertThat(world.consents.history(amina)).isEmpty();
    assertThat(HeldValues.found(world, values)).isEmpty();
    assertThat(world.kernel.eventLog().trail("candidate:" + amina)).last().isInstanceOf(PrivacyEvent.CandidateErased.class);
  }

  @Test
  void afterDeletionTheScanFindsNoneOfTheCandidatesValuesButOthersRemain() {
    CandidateId amina = world.candidateWithCompleteProfile();
    CandidateId other = CandidateId.random();
    Profile kept = world.fill(other, Profile.builder().candidate(other).version(0).createdAt(Instant.EPOCH)
        .lastActivity(Instant.EPOCH).address(org.memberportal.careers.profile.Address.builder()
            .street("1 Rue de Varembe").postalCode("1202").city("Geneve").country("CH").build()).build());
    Set<String> aminas = HeldValues.personal(world.profiles.find(amina).orElseThrow());
    assertThat(HeldValues.found(world, aminas)).isEqualTo(aminas);

    delete(amina);

    assertThat(HeldValues.found(world, aminas)).isEmpty();
    assertThat(HeldValues.found(world, HeldValues.personal(kept))).contains("1 Rue de Varembe", "Geneve");
  }

  @Test
  void erasureRollsBackWhenAReactionFails() {
    CandidateId amina = world.candidateWithCompleteProfile();
    world.kernel.host().events().subscribe(PrivacyEvent.CandidateErased.class, e -> {
      throw new IllegalStateException("applications store down (simulated)");
    });

    assertThatThrownBy(() -> delete(amina)).isInstanceOf(Unavailable.class);

    assertThat(world.profiles.find(amina)).isPresent();
    assertThat(world.kernel.eventLog().trail("candidate:" + amina)).isEmpty();
  }

  @Test
  void consentToShareOutsideIsRecordedWithTimeAndWithdrawable() {
    CandidateId amina = world.candidateWithCompleteProfile();
    assertThat(privacy.mayShareOutside(amina, Recruiter.of(StaffId.random()))).isFalse();

    Instant given = world.clock.instant();
    Outcome<Consent> consent = consent(amina);
    assertThat(consent.value().givenAt()).isEqualTo(given);
    assertThat(consent.events()).singleElement().isInstanceOf(PrivacyEvent.ConsentGiven.class);
    assertThat(privacy.mayShareOutside(amina, Recruiter.of(StaffId.random()))).isTrue();

    world.clock.advance(Duration.ofDays(30));
    Outcome<Consent> withdrawn = withdraw(amina);
    assertThat(withdrawn.value().withdrawnAt()).contains(given.plus(Duration.ofDays(30)));
    assertThat(withdrawn.events()).singleElement().isInstanceOf(PrivacyEvent.ConsentWithdrawn.class);
    assertThat(privacy.mayShareOutside(amina, as(amina))).isFalse();
    assertThat(world.consents.history(amina)).containsExactly(
        new Consent(amina, ConsentScope.SHARE_OUTSIDE_ORGANISATION, given, Optional.of(given.plus(Duration.ofDays(30)))));
  }

  @Test
  void givingAConsentThatHoldsChangesNothing() {
    CandidateId amina = world.candidateWithCompleteProfile();
    consent(amina);
    Outcome<Consent> again = consent(amina);
    assertThat(again.events()).isEmpty();
    assertThat(world.consents.history(amina)).hasSize(1);
  }

  @Test
  void withdrawingAConsentNeverGivenIsAPreconditionFailure() {
    CandidateId amina = world.candidateWithCompleteProfile();
    assertThatThrownBy(() -> withdraw(amina))
        .isInstanceOf(PreconditionFailed.class).extracting("reason").isEqualTo("privacy.no-consent");
  }

  @Test
  void onlyTheCandidateGivesOrWithdrawsConsent() {
    CandidateId amina = world.candidateWithCompleteProfile();
    assertThatThrownBy(() -> privacy.giveConsent(
        GiveConsent.builder().candidate(amina).scope(ConsentScope.SHARE_OUTSIDE_ORGANISATION).build(),
        Recruiter.of(StaffId.random()))).isInstanceOf(NotAllowed.class);
    assertThatThrownBy(() -> privacy.mayShareOutside(amina, Actor.anonymous())).isInstanceOf(NotAllowed.class);
    assertThat(world.consents.history(amina)).isEmpty();
  }

  @Test
  void retentionErasesCandidatesInactiveForTheConfiguredYears() {
    CandidateId dormant = world.candidateWithCompleteProfile();
    world.clock.advance(Duration.ofDays(365));
    CandidateId active = world.candidateWithCompleteProfile();
    world.clock.advance(Duration.ofDays(365L * CareersWorld.RETENTION_YEARS - 300));

    Outcome<RetentionReport> run = privacy.applyRetention(Actor.system("retention"));

    assertThat(run.value().erased()).containsExactly(dormant);
    assertThat(run.events()).singleElement().isInstanceOfSatisfying(PrivacyEvent.CandidateErased.class,
        e -> assertThat(e.reason()).isEqualTo(ErasureReason.RETENTION));
    assertThat(world.profiles.find(dormant)).isEmpty();
    assertThat(world.profiles.find(active)).isPresent();
    assertThat(privacy.applyRetention(Actor.system("retention")).value().erased()).isEmpty();
  }

  @Test
  void editingTheProfileCountsAsActivityForRetention() {
    CandidateId amina = world.candidateWithCompleteProfile();
    world.clock.advance(Duration.ofDays(365L * CareersWorld.RETENTION_YEARS - 1));
    world.candidateProfiles.addEntry(AddEntry.builder().candidate(amina).expectedVersion(world.version(amina))
        .entry(ProfileFixtures.spectrum()).build(), as(amina));
    world.clock.advance(Duration.ofDays(2));

    assertThat(privacy.applyRetention(Actor.system("retention")).value().erased()).isEmpty();
  }

  @Test
  void onlyTheLibraryRunsTheRetentionBatch() {
    world.candidateWithCompleteProfile();
    world.clock.advance(Duration.ofDays(365L * 10));
    assertThatThrownBy(() -> privacy.applyRetention(Actor.operator(StaffId.random())))
        .isInstanceOf(NotAllowed.class).extracting("reason").isEqualTo("privacy.not-system");
    assertThat(world.profiles.all()).hasSize(1);
  }

  @Test
  void retentionPeriodMustBePositive() {
    assertThatThrownBy(() -> RetentionPolicy.years(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void privacyEventsCarryNoPersonalData() {
    CandidateId amina = world.candidateWithCompleteProfile();
    Set<String> values = HeldValues.personal(world.profiles.find(amina).orElseThrow());
    consent(amina);
    withdraw(amina);
    delete(amina);
    List<DomainEvent> events = world.kernel.eventLog().all();
    assertThat(events).extracting(DomainEvent::type).contains("ProfileEdited", "ConsentGiven", "ConsentWithdrawn",
        "CandidateErased");
    for (String v : values) {
      assertThat(events.toString()).doesNotContain(v);
    }
    assertThat(world.kernel.eventLog().trail(ProfileEvent.subjectOf(amina))).isNotEmpty();
  }
}
