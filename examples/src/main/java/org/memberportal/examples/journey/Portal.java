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
import org.memberportal.account.inmemory.InMemoryAccountModule;
import org.memberportal.account.inmemory.InMemoryIssuedCodes;
import org.memberportal.account.inmemory.RandomSecrets;
import org.memberportal.affiliation.AffiliationModule;
import org.memberportal.affiliation.reminder.ReminderPolicy;
import org.memberportal.careers.CareersModule;
import org.memberportal.careers.application.ApplicationDesk;
import org.memberportal.careers.candidate.CareersAccounts;
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
import org.memberportal.careers.profile.CandidateProfiles;
import org.memberportal.careers.vacancy.VacancyDesk;
import org.memberportal.ties.TiesModule;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.Notification;
import org.memberportal.kernel.NotificationRelay;
import org.memberportal.kernel.Secret;
import org.memberportal.kernel.StaffId;
import org.memberportal.kernel.inmemory.InMemoryHost;

/**
 * The library wired the way a host would wire it, on the in-memory adapters: one kernel host shared by every
 * module (so cross-module policies run in the command's transaction), the modules' services, and a relay that
 * delivers the outbox to the demo's {@link Mailbox}.
 */
final class Portal {

  /** Every person of the demo uses this password; it satisfies the default policy for their names. */
  static final String PASSWORD = "Blue-Heron-Sky-42";

  final DemoClock clock = new DemoClock(Instant.parse("2026-01-05T09:00:00Z"));
  final InMemoryHost memory = new InMemoryHost(clock);
  final Host host = memory.host();
  final Mailbox mailbox = new Mailbox();
  final NotificationRelay relay = new NotificationRelay(memory.outbox(), mailbox, clock);
  final UserAccounts accounts;
  final AffiliationModule affiliation;
  final TiesModule ties;
  final Actor operator;
  final Locale language;

  final InMemoryStaffDirectory staff = new InMemoryStaffDirectory();
  final InMemoryCandidateAccounts candidateAccounts = new InMemoryCandidateAccounts(memory.transactions());
  final InMemoryProfiles profileStore = new InMemoryProfiles(memory.transactions());
  final CareersModule careersModule;
  final CareersAccounts careers;
  final CandidateProfiles profiles;
  final Privacy privacy;
  final VacancyDesk vacancies;
  final JobOpenings openings;
  final ApplicationDesk applications;
  final Actor recruiter;

  Portal(Locale language) {
    this.language = language;
    this.operator = Actor.operator(new StaffId(new UUID(0, 0xA1))).in(language);
    this.recruiter = Actor.recruiter(new StaffId(new UUID(0, 0xB2))).in(language);
    // Argon2id with light parameters keeps the demo quick; production keeps PasswordHashing.argon2id()
    PasswordHashing hashing = PasswordHashing.argon2id(4 * 1024, 1, 1);
    this.accounts = new InMemoryAccountModule(memory, b -> b.hasher(hashing)).accounts();
    // the careers stores the story reads directly are passed in; CareersModule builds every service and policy
    this.careersModule = CareersModule.builder().host(host).accounts(candidateAccounts).profiles(profileStore)
        .consents(new InMemoryConsents(memory.transactions()))
        .vacancies(new InMemoryVacancies(memory.transactions()))
        .applications(new InMemoryApplications(memory.transactions()))
        .alerts(new InMemoryAlertSubscriptions(memory.transactions()))
        .codes(new InMemoryIssuedCodes(memory.transactions())).secrets(new RandomSecrets()).staff(staff)
        .cutOver(Instant.parse("2025-06-01T00:00:00Z")).hasher(hashing).retention(RetentionPolicy.years(3))
        .build();
    this.careers = careersModule.careersAccounts();
    this.profiles = careersModule.candidateProfiles();
    this.privacy = careersModule.privacy();
    this.vacancies = careersModule.vacancyDesk();
    this.openings = careersModule.jobOpenings();
    this.applications = careersModule.applicationDesk();
    this.affiliation = AffiliationModule.inMemory(host, memory.transactions(), accounts, ReminderPolicy.DEFAULT);
    // after the affiliation module: building it subscribes the TIES policies on the same bus
    this.ties = TiesModule.inMemory(host, memory.transactions(), accounts, affiliation);
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
