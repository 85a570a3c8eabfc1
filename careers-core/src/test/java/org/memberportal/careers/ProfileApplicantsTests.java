/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.memberportal.careers.application.ApplicantProfile;
import org.memberportal.careers.port.Applicants;
import org.memberportal.careers.profile.Profile;
import org.memberportal.careers.profile.ProfileSnapshot;
import org.memberportal.careers.profile.Section;
import org.memberportal.careers.testkit.CareersWorld;
import org.memberportal.careers.testkit.ProfileFixtures;
import org.memberportal.careers.CandidateId;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.PreconditionFailed;

class ProfileApplicantsTests {

  private final CareersWorld world = new CareersWorld();
  private final Applicants applicants = world.module.applicants();

  @Test
  void candidateWithoutCareersAccountIsNoApplicant() {
    assertThat(applicants.find(CandidateId.random())).isEmpty();
  }

  @Test
  void addressAndLanguageComeFromTheCareersAccount() {
    CandidateId ana = world.account("ana@example.org", Locale.FRENCH);
    world.fill(ana, ProfileFixtures.complete(ana));

    ApplicantProfile found = applicants.find(ana).orElseThrow();

    // the profile's own contact address (amina.diallo@...) is not where careers notifications go
    assertThat(found.email()).isEqualTo(EmailAddress.of("ana@example.org"));
    assertThat(found.language()).isEqualTo(Locale.FRENCH);
    assertThat(found.complete()).isTrue();
  }

  @Test
  void completenessComesFromTheProfilesCompletenessReport() {
    CandidateId ana = world.account("ana@example.org", Locale.ENGLISH);
    assertThat(applicants.find(ana).orElseThrow().missingSections()).containsExactlyInAnyOrderElementsOf(
        Profile.empty(ana, world.now()).missingSections().stream().map(Section::code).toList());

    world.fill(ana, Profile.builder().candidate(ana).version(0).createdAt(world.now()).lastActivity(world.now())
        .personalInformation(ProfileFixtures.personal()).build());

    assertThat(applicants.find(ana).orElseThrow().missingSections())
        .doesNotContain(Section.PERSONAL_INFORMATION.code()).contains(Section.ADDRESS.code());
  }

  @Test
  void onlyACompleteProfileIsFrozen() {
    CandidateId ana = world.account("ana@example.org", Locale.ENGLISH);
    assertThatThrownBy(() -> applicants.freeze(ana, world.now())).isInstanceOfSatisfying(PreconditionFailed.class,
        e -> assertThat(e.reason()).isEqualTo("profile.incomplete"));

    Profile stored = world.fill(ana, ProfileFixtures.complete(ana));
    ProfileSnapshot snapshot = applicants.freeze(ana, world.now());

    assertThat(snapshot.profile()).isEqualTo(stored);
    assertThat(snapshot.takenAt()).isEqualTo(world.now());
  }
}
