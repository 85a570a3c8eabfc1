/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.memberportal.account.inmemory.InMemoryIssuedCodes;
import org.memberportal.account.inmemory.RandomSecrets;
import org.memberportal.account.testkit.TestHashing;
import org.memberportal.careers.CareersModule;
import org.memberportal.careers.Recruiter;
import org.memberportal.careers.alert.JobAlerts;
import org.memberportal.careers.application.ApplicationDesk;
import org.memberportal.careers.candidate.CandidateAccount;
import org.memberportal.careers.candidate.CandidateAccountStatus;
import org.memberportal.careers.candidate.CareersAccounts;
import org.memberportal.careers.candidate.StaffRelation;
import org.memberportal.careers.inmemory.InMemoryAlertSubscriptions;
import org.memberportal.careers.inmemory.InMemoryApplications;
import org.memberportal.careers.inmemory.InMemoryCandidateAccounts;
import org.memberportal.careers.inmemory.InMemoryConsents;
import org.memberportal.careers.inmemory.InMemoryProfiles;
import org.memberportal.careers.inmemory.InMemoryStaffDirectory;
import org.memberportal.careers.inmemory.InMemoryVacancies;
import org.memberportal.careers.opening.JobOpenings;
import org.memberportal.careers.privacy.Privacy;
import org.memberportal.careers.privacy.RetentionPolicy;
import org.memberportal.careers.profile.AddEntry;
import org.memberportal.careers.profile.CandidateProfiles;
import org.memberportal.careers.profile.DeclareNoRelatives;
import org.memberportal.careers.profile.Profile;
import org.memberportal.careers.profile.ProfileEntry;
import org.memberportal.careers.profile.SetAddress;
import org.memberportal.careers.profile.SetContractInformation;
import org.memberportal.careers.profile.SetPersonalInformation;
import org.memberportal.careers.talent.TalentSearch;
import org.memberportal.careers.vacancy.DraftVacancy;
import org.memberportal.careers.vacancy.Vacancy;
import org.memberportal.careers.vacancy.VacancyDesk;
import org.memberportal.careers.vacancy.VacancyStep;
import org.memberportal.kernel.Actor;
import org.memberportal.careers.Candidate;
import org.memberportal.careers.CandidateId;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.Notification;
import org.memberportal.kernel.NotificationRelay;
import org.memberportal.kernel.Outbox;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.Secret;
import org.memberportal.kernel.StaffId;
import org.memberportal.kernel.inmemory.InMemoryHost;
import org.memberportal.kernel.testkit.MutableClock;
import org.memberportal.kernel.testkit.RecordingNotifier;

/**
 * The whole of Careers ({@link CareersModule}) wired on the in-memory adapters with a hand-moved clock and the
 * fast test hasher, for example tests, stateful properties and other modules' test worlds: one fresh world per
 * test.
 */
public class CareersWorld {

  /** The previous recruitment system was replaced on this date. */
  public static final Instant CUT_OVER = Instant.parse("2025-06-01T00:00:00Z");

  /** The retention period of a fresh world. */
  public static final int RETENTION_YEARS = 3;

  /** The test clock, starting at {@link MutableClock#START}. */
  public final MutableClock clock = MutableClock.atStart();

  /** The kernel's in-memory ports. */
  public final InMemoryHost kernel = new InMemoryHost(clock);

  /** The vacancies store. */
  public final InMemoryVacancies vacancies = new InMemoryVacancies(kernel.transactions());
  /** The job alerts' store. */
  public final InMemoryAlertSubscriptions subscriptions = new InMemoryAlertSubscriptions(kernel.transactions());
  /** The applications' store. */
  public final InMemoryApplications applications = new InMemoryApplications(kernel.transactions());
  /** The profiles store. */
  public final InMemoryProfiles profiles = new InMemoryProfiles(kernel.transactions());
  /** The consents store. */
  public final InMemoryConsents consents = new InMemoryConsents(kernel.transactions());
  /** The careers accounts store. */
  public final InMemoryCandidateAccounts accounts = new InMemoryCandidateAccounts(kernel.transactions());
  /** The one-time codes store (the account module's). */
  public final InMemoryIssuedCodes codes = new InMemoryIssuedCodes(kernel.transactions());
  /** The staff directory; register staff in it. */
  public final InMemoryStaffDirectory staff = new InMemoryStaffDirectory();

  /** The key source of the codes' keyed hash (and of the grouping of requesters). */
  public final RandomSecrets secrets = new RandomSecrets();

  /** The module, wired on the stores above. */
  public final CareersModule module = CareersModule.builder().host(kernel.host()).vacancies(vacancies)
      .alerts(subscriptions).applications(applications).profiles(profiles).consents(consents).accounts(accounts)
      .codes(codes).secrets(secrets).staff(staff).hasher(TestHashing.fast()).cutOver(CUT_OVER)
      .retention(RetentionPolicy.years(RETENTION_YEARS)).build();

  /** The recruiters' service. */
  public final VacancyDesk desk = module.vacancyDesk();
  /** The public listing. */
  public final JobOpenings openings = module.jobOpenings();
  /** Job alerts. */
  public final JobAlerts alerts = module.jobAlerts();
  /** Applications. */
  public final ApplicationDesk applying = module.applicationDesk();
  /** The careers accounts service. */
  public final CareersAccounts careersAccounts = module.careersAccounts();
  /** The profile service. */
  public final CandidateProfiles candidateProfiles = module.candidateProfiles();
  /** The privacy service. */
  public final Privacy privacy = module.privacy();
  /** The talent search. */
  public final TalentSearch talent = module.talentSearch();

  /** Records what the relay delivers. */
  public final RecordingNotifier notifier = new RecordingNotifier();

  /** Delivers the outbox to {@link #notifier}. */
  public final NotificationRelay relay = new NotificationRelay(kernel.outbox(), notifier, clock);

  /** A recruiter. */
  public final Recruiter recruiter = Recruiter.of(StaffId.random());

  /**
   * The current instant.
   *
   * @return now
   */
  public Instant now() {
    return clock.instant();
  }

  /**
   * Moves time forward.
   *
   * @param duration how far
   */
  public void advance(Duration duration) {
    clock.advance(duration);
  }

  /**
   * Drafts a vacancy as the recruiter.
   *
   * @param draft the content
   * @return the draft
   */
  public Vacancy draft(DraftVacancy draft) {
    return desk.draft(draft, recruiter).value();
  }

  /**
   * Drafts and publishes a vacancy as the recruiter.
   *
   * @param draft the content
   * @return the published vacancy
   */
  public Vacancy published(DraftVacancy draft) {
    return desk.publish(VacancyStep.of(draft(draft).id()), recruiter).value();
  }

  /**
   * Drafts and publishes a regular headquarters post opening now.
   *
   * @return the published vacancy
   */
  public Vacancy published() {
    return published(VacancyFixtures.regularHeadquartersPost(now()).build());
  }

  /**
   * Delivers every due notification to {@link #notifier}.
   *
   * @return how many were delivered
   */
  public int deliver() {
    return relay.deliverDue();
  }

  /**
   * A verified careers account, stored directly (the sign-up flow has its own tests).
   *
   * @param email the account's address
   * @param language the account's language
   * @return the candidate
   */
  public CandidateId account(String email, Locale language) {
    return account(CandidateId.random(), email, language);
  }

  /**
   * A verified careers account with a given id, stored directly.
   *
   * @param id the candidate
   * @param email the account's address
   * @param language the account's language
   * @return the candidate
   */
  public CandidateId account(CandidateId id, String email, Locale language) {
    kernel.host().command(() -> {
      accounts.add(CandidateAccount.builder().id(id).email(EmailAddress.of(email)).firstName("Test")
          .lastName("Candidate").language(language).relation(StaffRelation.CONSULTANT)
          .status(CandidateAccountStatus.ACTIVE).createdAt(now()).version(1).build());
      return new Outcome<>(id, List.of());
    });
    return id;
  }

  /**
   * A signed-in candidate with a careers account and a complete profile.
   *
   * @param email their account's address
   * @param language their language
   * @return the candidate actor, in that language
   */
  public Candidate candidate(String email, Locale language) {
    CandidateId id = account(email, language);
    fill(id, ProfileFixtures.complete(id));
    return Candidate.of(id).in(language);
  }

  /**
   * The actor of a candidate.
   *
   * @param candidate the candidate
   * @return the actor, in English
   */
  public static Candidate as(CandidateId candidate) {
    return Candidate.of(candidate);
  }

  /**
   * The current version of a candidate's profile (0 before the first edit).
   *
   * @param candidate the candidate
   * @return the version
   */
  public long version(CandidateId candidate) {
    return profiles.find(candidate).map(Profile::version).orElse(0L);
  }

  /**
   * Fills in a new candidate's profile through the service's commands, section by section, so that it holds
   * the content of the given profile (its id, version and times aside).
   *
   * @param candidate the candidate
   * @param content what to fill in
   * @return the stored profile
   */
  public Profile fill(CandidateId candidate, Profile content) {
    Actor actor = as(candidate);
    content.personalInformation().ifPresent(v -> candidateProfiles.setPersonalInformation(
        SetPersonalInformation.builder().candidate(candidate).expectedVersion(version(candidate)).value(v).build(),
        actor));
    content.address().ifPresent(v -> candidateProfiles.setAddress(
        SetAddress.builder().candidate(candidate).expectedVersion(version(candidate)).value(v).build(), actor));
    if (content.noRelativesDeclared()) {
      candidateProfiles.declareNoRelatives(
          DeclareNoRelatives.builder().candidate(candidate).expectedVersion(version(candidate)).build(), actor);
    }
    for (ProfileEntry e : content.entries()) {
      candidateProfiles.addEntry(
          AddEntry.builder().candidate(candidate).expectedVersion(version(candidate)).entry(e).build(), actor);
    }
    content.contractInformation().ifPresent(v -> candidateProfiles.setContractInformation(
        SetContractInformation.builder().candidate(candidate).expectedVersion(version(candidate)).value(v).build(),
        actor));
    return profiles.find(candidate).orElseGet(() -> Profile.empty(candidate, clock.instant()));
  }

  /**
   * Fills in a complete profile for a new candidate.
   *
   * @return the candidate
   */
  public CandidateId candidateWithCompleteProfile() {
    CandidateId candidate = CandidateId.random();
    fill(candidate, ProfileFixtures.complete(candidate));
    return candidate;
  }

  /**
   * The notifications of a kind queued so far, oldest first.
   *
   * @param kind the kind, e.g. {@link CareersAccounts#VERIFICATION_CODE}
   * @return the notifications
   */
  public List<Notification> mails(String kind) {
    return kernel.outbox().entries().stream().map(Outbox.Entry::notification)
        .filter(n -> n.kind().equals(kind)).toList();
  }

  /**
   * The code in the latest notification of a kind.
   *
   * @param kind the kind, e.g. {@link CareersAccounts#RESET_CODE}
   * @return the code
   */
  public Secret lastCode(String kind) {
    List<Notification> n = mails(kind);
    return Secret.of(n.get(n.size() - 1).parameters().get(CareersAccounts.CODE));
  }
}
