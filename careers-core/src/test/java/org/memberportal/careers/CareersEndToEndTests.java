/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.memberportal.careers.alert.AlertCriteria;
import org.memberportal.careers.alert.SubscribeToAlerts;
import org.memberportal.careers.application.Application;
import org.memberportal.careers.application.ApplicationDesk;
import org.memberportal.careers.application.ApplicationStatus;
import org.memberportal.careers.application.ApplicationStep;
import org.memberportal.careers.application.Apply;
import org.memberportal.careers.application.CandidateApplication;
import org.memberportal.careers.application.CandidateStatus;
import org.memberportal.careers.candidate.CandidateSignIn;
import org.memberportal.careers.candidate.CandidateSignInResult;
import org.memberportal.careers.candidate.CareersAccounts;
import org.memberportal.careers.candidate.CreateCandidateAccount;
import org.memberportal.careers.candidate.StaffRelation;
import org.memberportal.careers.candidate.VerifyCandidateEmail;
import org.memberportal.careers.opening.JobOpening;
import org.memberportal.careers.opening.OpeningQuery;
import org.memberportal.careers.privacy.CandidateDataExport;
import org.memberportal.careers.privacy.DeleteProfile;
import org.memberportal.careers.profile.Address;
import org.memberportal.careers.profile.PersonalInformation;
import org.memberportal.careers.profile.Profile;
import org.memberportal.careers.testkit.CareersWorld;
import org.memberportal.careers.testkit.HeldValues;
import org.memberportal.careers.testkit.ProfileFixtures;
import org.memberportal.careers.vacancy.Vacancy;
import org.memberportal.careers.vacancy.VacancyStep;
import org.memberportal.kernel.Actor;
import org.memberportal.careers.CandidateId;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.Notification;
import org.memberportal.kernel.Outbox;
import org.memberportal.kernel.PreconditionFailed;
import org.memberportal.kernel.Secret;

/** Careers end to end on {@link CareersModule}: the candidate's journey from sign-up to erasure. */
class CareersEndToEndTests {

  private static final String PASSWORD = "Blue-Heron-42-Lake";

  private final CareersWorld world = new CareersWorld();
  private final Actor visitor = Actor.anonymous();

  private CreateCandidateAccount signUp(String email, StaffRelation relation) {
    return CreateCandidateAccount.builder().email(email).firstName("Kofi").lastName("Mensah")
        .language(Locale.FRENCH).relation(relation).password(Secret.of(PASSWORD))
        .passwordConfirmation(Secret.of(PASSWORD)).build();
  }

  private Secret lastCode() {
    List<Notification> codes = world.kernel.outbox().entries().stream().map(Outbox.Entry::notification)
        .filter(n -> n.kind().equals(CareersAccounts.VERIFICATION_CODE)).toList();
    return Secret.of(codes.get(codes.size() - 1).parameters().get(CareersAccounts.CODE));
  }

  private long outcomesTo(String email) {
    return world.notifier.sent().stream()
        .filter(n -> n.recipient().equals(EmailAddress.of(email)) && n.kind().equals(ApplicationDesk.OUTCOME))
        .count();
  }

  @Test
  void consultantGoesFromSignUpToErasure() {
    Vacancy wanted = world.published();
    Vacancy other = world.published();
    world.staff.register(EmailAddress.of("kofi@example.org"), StaffRelation.CONSULTANT);

    // a consultant creates an account, verifies it and signs in
    world.careersAccounts.createAccount(signUp("kofi@example.org", StaffRelation.CONSULTANT), visitor);
    world.careersAccounts.verifyEmail(VerifyCandidateEmail.builder().email("kofi@example.org").code(lastCode())
        .build(), visitor);
    CandidateSignInResult result = world.careersAccounts.signIn(CandidateSignIn.builder().email("kofi@example.org")
        .password(Secret.of(PASSWORD)).build(), visitor).value();
    assertThat(result).isInstanceOf(CandidateSignInResult.SignedIn.class);
    CandidateId kofiId = ((CandidateSignInResult.SignedIn) result).candidate();
    Candidate kofi = Candidate.of(kofiId).in(Locale.FRENCH);

    // an incomplete profile cannot apply; the completed one can
    assertThatThrownBy(() -> world.applying.apply(Apply.to(wanted.id()), kofi))
        .isInstanceOfSatisfying(PreconditionFailed.class,
            e -> assertThat(e.reason()).isEqualTo("application.profile-incomplete"));
    Profile fixture = ProfileFixtures.complete(kofiId);
    world.fill(kofiId, Profile.builder().candidate(kofiId).version(0).createdAt(world.now())
        .lastActivity(world.now())
        .personalInformation(PersonalInformation.builder().firstName("Kofi").lastName("Mensah")
            .birthDate(LocalDate.of(1985, 3, 6)).addNationalities("GH").email("kofi.mensah@example.org")
            .phone("+233 30 555 0101").build())
        .address(Address.builder().street("5 Independence Avenue").postalCode("GA-184").city("Accra").country("GH")
            .build())
        .contractInformation(fixture.contractInformation()).addAllEntries(fixture.entries()).build());
    assertThat(world.candidateProfiles.completeness(kofiId, kofi).missing()).isEmpty();
    world.alerts.subscribe(SubscribeToAlerts.builder().criteria(AlertCriteria.any()).build(), kofi);

    // the opening is found without signing in
    List<JobOpening> found = world.openings.search(OpeningQuery.all(), Actor.anonymous()).items();
    assertThat(found).extracting(JobOpening::vacancy).contains(wanted.id(), other.id());

    // applies to one, withdraws from the other
    CandidateApplication applied = world.applying.apply(Apply.builder().vacancy(wanted.id())
        .coverLetter("Kofi's motivation for the post").build(), kofi).value();
    CandidateApplication withdrawn = world.applying.apply(Apply.to(other.id()), kofi).value();
    world.applying.withdraw(ApplicationStep.because(withdrawn.id(), "accepted-elsewhere"), kofi);
    Application record = world.applying.application(applied.id(), world.recruiter);
    assertThat(record.email()).contains(EmailAddress.of("kofi@example.org"));
    assertThat(record.language()).isEqualTo(Locale.FRENCH);

    // a current staff member is refused
    world.staff.register(EmailAddress.of("staff@example.org"), StaffRelation.CURRENT_STAFF);
    assertThatThrownBy(() -> world.careersAccounts.createAccount(signUp("staff@example.org", StaffRelation.NONE),
        visitor)).isInstanceOfSatisfying(PreconditionFailed.class,
            e -> assertThat(e.reason()).isEqualTo(CareersAccounts.CURRENT_STAFF));

    // two more applicants; the competition closes and finishes; everyone is told once, even if delivery is retried
    Candidate ana = world.candidate("ana@example.org", Locale.ENGLISH);
    Candidate ben = world.candidate("ben@example.org", Locale.FRENCH);
    world.applying.apply(Apply.to(wanted.id()), ana);
    world.applying.apply(Apply.to(wanted.id()), ben);
    world.advance(Duration.ofDays(31));
    world.desk.closeDue(Actor.system("deadline"));
    world.desk.finishCompetition(VacancyStep.of(wanted.id()), world.recruiter);
    world.deliver();
    world.deliver();
    for (String email : List.of("kofi@example.org", "ana@example.org", "ben@example.org")) {
      assertThat(outcomesTo(email)).as(email).isEqualTo(1);
    }
    assertThat(world.applying.jobsApplied(kofi)).extracting(a -> a.status())
        .containsExactlyInAnyOrder(CandidateStatus.NOT_SELECTED, CandidateStatus.WITHDRAWN);

    // the candidate exports, then deletes their data
    CandidateDataExport export = world.privacy.export(kofiId, kofi);
    assertThat(export.toJson()).contains("kofi@example.org", "Accra", "Kofi's motivation for the post",
        wanted.id().toString(), other.id().toString());
    assertThat(export.alerts()).hasSize(1);
    assertThat(export.applications()).hasSize(2);
    Set<String> personal = Set.of("Kofi", "Mensah", "kofi.mensah@example.org", "+233 30 555 0101",
        "5 Independence Avenue", "GA-184", "Accra", "kofi@example.org", "Kofi's motivation for the post");
    assertThat(HeldValues.found(world, personal)).isEqualTo(personal);

    world.privacy.deleteProfile(DeleteProfile.builder().candidate(kofiId).build(), kofi);

    assertThat(HeldValues.found(world, personal)).isEmpty();
    assertThat(world.applications.ofVacancy(wanted.id())).hasSize(3)
        .filteredOn(a -> a.candidate().equals(kofiId)).singleElement().satisfies(a -> {
          assertThat(a.erased()).isTrue();
          assertThat(a.status()).isEqualTo(ApplicationStatus.NOT_SELECTED);
          assertThat(a.profile()).isEmpty();
        });
    assertThat(world.subscriptions.ofCandidate(kofiId)).isEmpty();
    assertThat(world.accounts.find(kofiId)).isEmpty();
  }
}
