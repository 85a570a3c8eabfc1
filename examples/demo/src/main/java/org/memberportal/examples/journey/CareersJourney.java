/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.journey;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.memberportal.careers.Candidate;
import org.memberportal.careers.CandidateId;
import org.memberportal.careers.application.ApplicationStep;
import org.memberportal.careers.application.AppliedJob;
import org.memberportal.careers.application.Apply;
import org.memberportal.careers.application.CandidateApplication;
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
import org.memberportal.careers.profile.Completeness;
import org.memberportal.careers.vacancy.DraftVacancy;
import org.memberportal.careers.vacancy.DutyStation;
import org.memberportal.careers.vacancy.Vacancy;
import org.memberportal.careers.vacancy.VacancyStep;
import org.memberportal.careers.vacancy.VacancyText;
import org.memberportal.careers.vacancy.VacancyType;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.PortalException;
import org.memberportal.kernel.Secret;

/** Journeys 6 and 7: the Careers platform, from a new candidate account to the erasure of its data. */
final class CareersJourney {

  private static final ZoneId GENEVA = ZoneId.of("Europe/Zurich");
  private static final DutyStation HEADQUARTERS = DutyStation.headquarters("GVA", "Geneva");
  private static final String AMINA = "amina.diallo@example.org";

  private final Portal portal;
  private final Story story;
  private final ProfileForms forms;
  private @Nullable CandidateId amina;

  CareersJourney(Portal portal, Story story) {
    this.portal = portal;
    this.story = story;
    this.forms = new ProfileForms(portal.profiles);
  }

  // --------------------------------------------------------------------------------------------- journey 6

  void consultantApplies() {
    story.does("A recruiter publishes two vacancies, in English and French");
    Vacancy consultancy = publish("2026/CONS/7", VacancyType.CONSULTANT, "CONS",
        VacancyText.of("Spectrum Management Consultant", "Advises member states on spectrum monitoring."),
        VacancyText.of("Consultant en gestion du spectre", "Conseille les États membres sur le contrôle du spectre."));
    Vacancy engineer = publish("2026/P3/12", VacancyType.REGULAR_POST, "P-3",
        VacancyText.of("Radio Network Engineer", "Designs and runs the radiocommunication network."),
        VacancyText.of("Ingénieur réseau radio", "Conçoit et exploite le réseau de radiocommunication."));
    story.outcome(consultancy.referenceNumber() + " " + consultancy.status() + ", " + engineer.referenceNumber() + " "
        + engineer.status());
    story.mails(portal.deliver());

    story.does("Amina Diallo, a consultant, creates a careers account");
    portal.careers.createAccount(account("Amina", "Diallo", AMINA, StaffRelation.CONSULTANT), portal.visitor());
    story.outcome("acknowledged; account " + portal.candidateAccounts.findByEmail(EmailAddress.of(AMINA))
        .orElseThrow().status());
    story.mails(portal.deliver());

    story.does("Amina types the code from the mail");
    amina = verify(AMINA);
    story.outcome("careers account " + portal.candidateAccounts.find(amina).orElseThrow().status());
    story.mails(portal.deliver());

    Actor candidate = as(amina);
    story.does("Amina fills in her Candidate Profile, section by section");
    Completeness before = portal.profiles.completeness(amina, candidate);
    forms.complete(amina, candidate, "Amina", "Diallo", AMINA, "SN");
    Completeness after = portal.profiles.completeness(amina, candidate);
    story.outcome("required sections answered: " + before.answered() + " of " + before.required() + ", then "
        + after.answered() + " of " + after.required() + (after.complete() ? " (complete)" : ""));
    story.mails(portal.deliver());

    story.does("A visitor, not signed in, searches the job openings for \"spectrum\"");
    List<JobOpening> found = portal.openings.search(OpeningQuery.builder().keywords("spectrum").build(),
        portal.visitor()).items();
    story.outcome("found " + found.stream().map(o -> o.referenceNumber() + " \"" + o.title() + "\"").toList());

    story.does("Amina, signed in, applies to both vacancies");
    CandidateApplication applied = portal.applications.apply(Apply.to(consultancy.id()), candidate).value();
    CandidateApplication other = portal.applications.apply(Apply.to(engineer.id()), candidate).value();
    story.outcome("applications " + applied.status() + " and " + other.status());
    story.mails(portal.deliver());

    portal.later(Duration.ofDays(2));
    story.does("Amina withdraws from the engineer post");
    CandidateApplication withdrawn = portal.applications.withdraw(
        ApplicationStep.because(other.id(), "accepted-other-offer"), candidate).value();
    story.outcome("application " + withdrawn.status());
    story.mails(portal.deliver());

    story.does("Jean Muller, a current staff member, tries to create a careers account");
    portal.staff.register(EmailAddress.of("jean.muller@itu.example"), StaffRelation.CURRENT_STAFF);
    try {
      portal.careers.createAccount(account("Jean", "Muller", "jean.muller@itu.example", StaffRelation.NONE),
          portal.visitor());
      story.outcome("accepted");
    } catch (PortalException e) {
      story.refused(e);
    }
    story.mails(portal.deliver());

    CandidateId carlos = quietCandidate("Carlos", "Silva", "carlos.silva@example.org");
    portal.applications.apply(Apply.to(consultancy.id()), as(carlos));
    portal.deliver();
    portal.later(Duration.ofDays(10));
    story.does("Carlos Silva applied too; the recruiter closes the consultancy and finishes the competition");
    portal.vacancies.close(VacancyStep.of(consultancy.id()), portal.recruiter);
    Vacancy finished = portal.vacancies.finishCompetition(VacancyStep.of(consultancy.id()), portal.recruiter).value();
    story.outcome("vacancy " + finished.status() + "; every applicant still in the running is told");
    story.mails(portal.deliver());

    story.does("Amina opens \"Jobs Applied\"");
    List<AppliedJob> jobs = portal.applications.jobsApplied(candidate);
    story.outcome(jobs.stream().map(j -> j.referenceNumber() + " " + j.status()).sorted().toList().toString());
  }

  // --------------------------------------------------------------------------------------------- journey 7

  void candidateLeaves() {
    CandidateId id = java.util.Objects.requireNonNull(amina, "journey 6 first");
    Actor candidate = as(id);
    story.does("Amina exports her data");
    CandidateDataExport export = portal.privacy.export(id, candidate);
    story.outcome("a JSON document of " + export.toJson().length() + " characters: careers account "
        + (export.account().isPresent() ? "yes" : "no") + " (never its password), profile "
        + (export.profile().isPresent() ? "yes" : "no") + ", " + export.history().size()
        + " entries of history");
    story.mails(portal.deliver());

    story.does("Amina deletes her profile and careers account");
    portal.privacy.deleteProfile(DeleteProfile.builder().candidate(id).build(), candidate);
    story.outcome("profile " + (portal.profileStore.find(id).isPresent() ? "kept" : "erased") + ", careers account "
        + (portal.candidateAccounts.find(id).isPresent() ? "kept" : "erased"));
    story.mails(portal.deliver());

    story.does("Someone signs in with Amina's address and password");
    CandidateSignInResult result = portal.careers.signIn(CandidateSignIn.builder().email(AMINA)
        .password(Secret.of(Portal.PASSWORD)).build(), portal.visitor()).value();
    story.outcome(result instanceof CandidateSignInResult.Rejected ? "rejected, like any unknown address"
        : "unexpected " + result);
  }

  // ---------------------------------------------------------------------------------------------- helpers

  private Vacancy publish(String reference, VacancyType type, String grade, VacancyText english,
      VacancyText french) {
    ZonedDateTime now = ZonedDateTime.ofInstant(portal.clock.instant(), GENEVA);
    Vacancy draft = portal.vacancies.draft(DraftVacancy.builder().referenceNumber(reference).type(type).grade(grade)
        .dutyStation(HEADQUARTERS).putTexts(Locale.ENGLISH, english).putTexts(Locale.FRENCH, french)
        .opensAt(now).closesAt(now.plusDays(30)).build(), portal.recruiter).value();
    return portal.vacancies.publish(VacancyStep.of(draft.id()), portal.recruiter).value();
  }

  private CreateCandidateAccount account(String first, String last, String email, StaffRelation relation) {
    return CreateCandidateAccount.builder().email(email).firstName(first).lastName(last)
        .language(portal.language).relation(relation)
        .password(Secret.of(Portal.PASSWORD)).passwordConfirmation(Secret.of(Portal.PASSWORD)).build();
  }

  private CandidateId verify(String email) {
    portal.deliver();
    String code = portal.mailbox.last(EmailAddress.of(email), CareersAccounts.VERIFICATION_CODE,
        CareersAccounts.CODE);
    return portal.careers.verifyEmail(VerifyCandidateEmail.builder().email(email).code(Secret.of(code)).build(),
        portal.visitor()).value();
  }

  private CandidateId quietCandidate(String first, String last, String email) {
    portal.careers.createAccount(account(first, last, email, StaffRelation.NONE), portal.visitor());
    CandidateId id = verify(email);
    forms.complete(id, as(id), first, last, email, "BR");
    portal.deliver();
    return id;
  }

  private Actor as(CandidateId candidate) {
    return Candidate.of(candidate).in(portal.language);
  }
}
