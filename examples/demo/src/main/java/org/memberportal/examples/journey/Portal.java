/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.journey;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.memberportal.account.AccountEvent;
import org.memberportal.account.AccountNotifications;
import org.memberportal.account.AccountSummary;
import org.memberportal.account.SignUp;
import org.memberportal.account.UserAccounts;
import org.memberportal.account.VerifyEmail;
import org.memberportal.account.credential.PasswordHashing;
import org.memberportal.account.inmemory.RandomSecrets;
import org.memberportal.affiliation.AffiliationModule;
import org.memberportal.affiliation.reminder.ReminderPolicy;
import org.memberportal.careers.CareersModule;
import org.memberportal.careers.Recruiter;
import org.memberportal.careers.application.ApplicationDesk;
import org.memberportal.careers.candidate.CareersAccounts;
import org.memberportal.careers.inmemory.InMemoryStaffDirectory;
import org.memberportal.careers.opening.JobOpenings;
import org.memberportal.careers.port.CandidateAccounts;
import org.memberportal.careers.port.Profiles;
import org.memberportal.careers.privacy.Privacy;
import org.memberportal.careers.privacy.RetentionPolicy;
import org.memberportal.careers.profile.CandidateProfiles;
import org.memberportal.careers.vacancy.VacancyDesk;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.Notification;
import org.memberportal.kernel.NotificationRelay;
import org.memberportal.kernel.Secret;
import org.memberportal.kernel.StaffId;
import org.memberportal.ties.TiesModule;
import org.memberportal.ties.handover.TiesFocalPoints;

/**
 * The library wired the way a host would wire it: one kernel host shared by every module (so cross-module policies
 * run in the command's transaction), the modules' services over one set of stores, and a relay that delivers the
 * outbox to the demo's {@link Mailbox}. The stores are the in-memory adapters, or the PostgreSQL ones on an
 * embedded server this portal starts and stops ({@link Database#POSTGRES}); the story reads the same on both.
 */
final class Portal implements AutoCloseable {

  /** Where the portal keeps its data. */
  enum Database {
    /** The modules' in-memory adapters. */
    MEMORY,
    /** The PostgreSQL adapters of this module, on an embedded PostgreSQL started for the run. */
    POSTGRES
  }

  /** Every person of the demo uses this password; it satisfies the default policy for their names. */
  static final String PASSWORD = "Blue-Heron-Sky-42";

  final DemoClock clock = new DemoClock(Instant.parse("2026-01-05T09:00:00Z"));
  final Host host;
  final Mailbox mailbox = new Mailbox();
  final NotificationRelay relay;
  final UserAccounts accounts;
  final AffiliationModule affiliation;
  final TiesModule ties;
  final Actor operator;
  final Locale language;

  // the staff directory is a view of the organisation's HR system, which a host implements itself: never stored
  final InMemoryStaffDirectory staff = new InMemoryStaffDirectory();
  final CandidateAccounts candidateAccounts;
  final Profiles profileStore;
  final CareersModule careersModule;
  final CareersAccounts careers;
  final CandidateProfiles profiles;
  final Privacy privacy;
  final VacancyDesk vacancies;
  final JobOpenings openings;
  final ApplicationDesk applications;
  final Actor recruiter;
  private final Stores stores;

  Portal(Locale language) {
    this(language, Database.MEMORY);
  }

  Portal(Locale language, Database database) {
    this.language = language;
    this.operator = Actor.operator(new StaffId(new UUID(0, 0xA1))).in(language);
    this.recruiter = Recruiter.of(new StaffId(new UUID(0, 0xB2))).in(language);
    this.stores = database == Database.POSTGRES ? Stores.onPostgres(clock) : Stores.inMemory(clock);
    this.host = stores.host();
    this.relay = new NotificationRelay(stores.outbox(), mailbox, clock);
    this.candidateAccounts = stores.candidateAccounts();
    this.profileStore = stores.profiles();
    // Argon2id with light parameters keeps the demo quick; production keeps PasswordHashing.argon2id()
    PasswordHashing hashing = PasswordHashing.argon2id(4 * 1024, 1, 1);
    this.accounts = UserAccounts.builder().host(host).accounts(stores.accounts()).codes(stores.codes())
        .secrets(new RandomSecrets()).hasher(hashing).build();
    // the careers stores the story reads directly are passed in; CareersModule builds every service and policy
    this.careersModule = CareersModule.builder().host(host).accounts(candidateAccounts).profiles(profileStore)
        .consents(stores.consents()).vacancies(stores.vacancies()).applications(stores.applications())
        .alerts(stores.alerts()).codes(stores.careersCodes()).secrets(new RandomSecrets()).staff(staff)
        .cutOver(Instant.parse("2025-06-01T00:00:00Z")).hasher(hashing).retention(RetentionPolicy.years(3))
        .build();
    this.careers = careersModule.careersAccounts();
    this.profiles = careersModule.candidateProfiles();
    this.privacy = careersModule.privacy();
    this.vacancies = careersModule.vacancyDesk();
    this.openings = careersModule.jobOpenings();
    this.applications = careersModule.applicationDesk();
    this.affiliation = AffiliationModule.on(host, accounts, stores.organisations(), stores.affiliations(),
        stores.focalPoints(), ReminderPolicy.DEFAULT);
    // after the affiliation module: building it subscribes the TIES policies on the same bus
    this.ties = TiesModule.on(host, accounts, affiliation, stores.tiesAccounts(), stores.handOvers(),
        TiesFocalPoints.DEFAULT_TOKEN_LIFETIME);
  }

  /** How many events the audit trail holds. */
  int auditTrailSize() {
    return stores.auditTrail().getAsInt();
  }

  /** Releases the database (stops the embedded server); the in-memory stores need nothing. */
  @Override
  public void close() {
    try {
      stores.resources().close();
    } catch (Exception e) {
      throw new IllegalStateException("the portal's database did not stop cleanly", e);
    }
  }

  /** Runs the relay as the host's timer would, and returns what it delivered. */
  List<Notification> deliver() {
    relay.deliverDue();
    return mailbox.fresh();
  }

  /** Lets some time pass. */
  void later(Duration duration) {
    clock.advance(duration);
  }

  /** An anonymous visitor reading the demo's language. */
  Actor visitor() {
    return Actor.anonymous().in(language);
  }

  /** A signed-in account holder reading the demo's language. */
  Actor as(AccountSummary account) {
    return Actor.account(account.id()).in(language);
  }

  /** The account as the directory sees it now. */
  AccountSummary account(AccountId id) {
    return accounts.find(id).orElseThrow();
  }

  /** The sign-up form of a person of the demo. */
  SignUp signUpForm(String first, String last, String email, String gender) {
    return SignUp.builder()
        .email(email)
        .firstName(first)
        .lastName(last)
        .password(Secret.of(PASSWORD))
        .passwordConfirmation(Secret.of(PASSWORD))
        .gender(gender)
        .professionalRole("engineer")
        .preferredLanguage(language.getLanguage())
        .termsAccepted(true)
        .build();
  }

  /** Signs a person up; the new account's id comes from the outcome's events (the answer itself is uniform). */
  AccountId signUp(SignUp form) {
    return accounts.signUp(form, visitor()).events().stream()
        .filter(AccountEvent.SignedUp.class::isInstance)
        .map(e -> ((AccountEvent.SignedUp) e).account())
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("the demo's addresses are all new"));
  }

  /** Verifies an address with the code the person received. */
  AccountSummary verify(EmailAddress email) {
    deliver();
    String code = mailbox.last(email, AccountNotifications.VERIFICATION_CODE, AccountNotifications.CODE);
    return accounts.verifyEmail(VerifyEmail.builder().email(email.display()).code(Secret.of(code)).build(),
        visitor()).value();
  }

  /** A verified account, made without telling (the cast of the story). */
  AccountSummary person(String first, String last, String email, String gender) {
    signUp(signUpForm(first, last, email, gender));
    return verify(EmailAddress.of(email));
  }
}
