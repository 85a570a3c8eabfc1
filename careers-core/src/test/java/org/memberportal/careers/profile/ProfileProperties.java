/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.memberportal.careers.testkit.CareersWorld.as;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.memberportal.careers.alert.AlertCriteria;
import org.memberportal.careers.alert.SubscribeToAlerts;
import org.memberportal.careers.application.Apply;
import org.memberportal.careers.privacy.CandidateDataExport;
import org.memberportal.careers.privacy.DeleteProfile;
import org.memberportal.careers.testkit.CareersWorld;
import org.memberportal.careers.testkit.HeldValues;
import org.memberportal.careers.testkit.JsonReader;
import org.memberportal.careers.testkit.ProfileArbitraries;
import org.memberportal.careers.testkit.VacancyFixtures;
import org.memberportal.careers.vacancy.Vacancy;
import org.memberportal.kernel.Actor;
import org.memberportal.careers.Candidate;
import org.memberportal.careers.CandidateId;
import org.memberportal.kernel.testkit.MutableClock;

class ProfileProperties {

  /** A way of answering one section, with a readable description for shrunk failures. */
  record Answer(String description, UnaryOperator<Profile> apply) {
    @Override
    public String toString() {
      return description;
    }
  }

  @Provide
  Arbitrary<Profile> profiles() {
    return ProfileArbitraries.profiles();
  }

  @Provide
  Arbitrary<Profile> completeProfiles() {
    return ProfileArbitraries.completeProfiles();
  }

  @Provide
  Arbitrary<Answer> answers() {
    return Arbitraries.oneOf(
        ProfileArbitraries.personalInformation()
            .map(v -> new Answer("set personal information", p -> p.copy().withPersonalInformation(v))),
        ProfileArbitraries.addresses().map(v -> new Answer("set address", p -> p.copy().withAddress(v))),
        ProfileArbitraries.contractInformation()
            .map(v -> new Answer("set contract information", p -> p.copy().withContractInformation(v))),
        ProfileArbitraries.entries().map(e -> new Answer("add " + e.section().code(), p -> {
          List<ProfileEntry> entries = new ArrayList<>(p.entries());
          entries.add(e);
          Profile base = e.section() == Section.RELATIVES ? p.copy().withNoRelativesDeclared(false) : p;
          return base.replaceEntries(entries);
        })),
        Arbitraries.just(new Answer("declare no relatives", p -> p.entries(Section.RELATIVES).isEmpty()
            ? p.copy().withNoRelativesDeclared(true) : p)));
  }

  @Property(tries = 200)
  void exportRoundTripsThroughJson(@ForAll("profiles") Profile profile) {
    CandidateDataExport export = CandidateDataExport.builder().candidate(profile.candidate())
        .exportedAt(MutableClock.START).profile(profile).build();

    Object parsed = JsonReader.parse(export.toJson());

    assertThat(parsed).isEqualTo(export.toDocument());
    List<String> leaves = new ArrayList<>();
    collectStrings(parsed, leaves);
    assertThat(leaves).containsAll(HeldValues.personal(profile));
  }

  @Property(tries = 25)
  void whatTheCandidateFillsInIsWhatTheExportHolds(@ForAll("profiles") Profile content) {
    CareersWorld world = new CareersWorld();
    CandidateId candidate = content.candidate();
    world.fill(candidate, content);

    Profile exported = world.privacy.export(candidate, as(candidate)).profile()
        .orElseGet(() -> Profile.empty(candidate, world.clock.instant()));

    assertThat(exported.personalInformation()).isEqualTo(content.personalInformation());
    assertThat(exported.address()).isEqualTo(content.address());
    assertThat(exported.contractInformation()).isEqualTo(content.contractInformation());
    assertThat(exported.entries()).containsExactlyElementsOf(content.entries());
    assertThat(exported.noRelativesDeclared()).isEqualTo(content.noRelativesDeclared());
    assertThat(exported.missingSections()).isEqualTo(content.missingSections());
  }

  @Property(tries = 300)
  void completenessIsMonotone(@ForAll("profiles") Profile profile, @ForAll("answers") Answer answer) {
    Profile after = answer.apply().apply(profile);

    assertThat(profile.missingSections()).containsAll(after.missingSections());
    assertThat(after.completeness(java.util.Locale.FRENCH).answered())
        .isGreaterThanOrEqualTo(profile.completeness(java.util.Locale.FRENCH).answered());
  }

  @Property(tries = 200)
  void completeProfilesCanBeFrozen(@ForAll("completeProfiles") Profile profile) {
    assertThat(profile.complete()).isTrue();
    assertThat(ProfileSnapshot.of(profile, MutableClock.START).profile()).isEqualTo(profile);
  }

  @Property(tries = 20)
  void afterDeletionNothingHeldContainsTheCandidatesPersonalValues(
      @ForAll("completeProfiles") Profile content, @ForAll("emails") String email,
      @ForAll("letters") String letter) {
    CareersWorld world = new CareersWorld();
    CandidateId candidate = world.account(content.candidate(), email, Locale.FRENCH);
    Profile stored = world.fill(candidate, content);
    // the candidate applies to one vacancy, drafts another and keeps a job alert: the erasure must reach them all
    Vacancy applied = published(world, "2026/PROP/1");
    Vacancy drafted = published(world, "2026/PROP/2");
    world.applying.apply(Apply.builder().vacancy(applied.id()).coverLetter(letter).build(), as(candidate));
    world.applying.startDraft(Apply.builder().vacancy(drafted.id()).coverLetter(letter).build(), as(candidate));
    world.alerts.subscribe(SubscribeToAlerts.builder().criteria(AlertCriteria.any()).build(), as(candidate));
    world.deliver();
    Set<String> values = new LinkedHashSet<>(HeldValues.personal(stored));
    values.addAll(Set.of(email, letter));
    assertThat(HeldValues.found(world, values)).isNotEmpty();

    world.privacy.deleteProfile(DeleteProfile.builder().candidate(candidate).build(), as(candidate));

    // short random values can occur by chance in what any world holds: a control world where a fixed candidate
    // went the same way tells which values are found whoever the candidate is (texts, instants, codes), and
    // values made only of hex digits and dashes may sit inside the random ids of this very world
    Set<String> chance = HeldValues.found(CONTROL, values);
    Set<String> left = new LinkedHashSet<>(HeldValues.found(world, values));
    left.removeAll(chance);
    left.removeIf(v -> v.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == '-'));
    assertThat(left).isEmpty();
    assertThat(world.applications.ofCandidate(candidate)).singleElement()
        .satisfies(a -> assertThat(a.erased()).isTrue());
    assertThat(world.subscriptions.ofCandidate(candidate)).isEmpty();
  }

  /** Built once: what a world holds after a fixed candidate applied, subscribed and was erased. */
  private static final CareersWorld CONTROL = control();

  private static CareersWorld control() {
    CareersWorld world = new CareersWorld();
    Candidate other = world.candidate("control@example.org", Locale.FRENCH);
    Vacancy applied = published(world, "2026/PROP/1");
    Vacancy drafted = published(world, "2026/PROP/2");
    world.applying.apply(Apply.builder().vacancy(applied.id()).coverLetter("control").build(), other);
    world.applying.startDraft(Apply.builder().vacancy(drafted.id()).coverLetter("control").build(), other);
    world.alerts.subscribe(SubscribeToAlerts.builder().criteria(AlertCriteria.any()).build(), other);
    world.deliver();
    world.privacy.deleteProfile(DeleteProfile.builder().candidate(other.candidate()).build(), other);
    return world;
  }

  // the same reference numbers in both worlds, so that only the candidate's values can differ
  private static Vacancy published(CareersWorld world, String reference) {
    return world.published(VacancyFixtures.regularHeadquartersPost(world.now()).referenceNumber(reference).build());
  }

  @Provide
  Arbitrary<String> emails() {
    return ProfileArbitraries.emails();
  }

  @Provide
  Arbitrary<String> letters() {
    return ProfileArbitraries.texts(200);
  }

  private static void collectStrings(Object node, List<String> into) {
    if (node instanceof String s) {
      into.add(s);
    } else if (node instanceof Map<?, ?> m) {
      m.values().forEach(v -> collectStrings(v, into));
    } else if (node instanceof List<?> l) {
      l.forEach(v -> collectStrings(v, into));
    }
  }
}
