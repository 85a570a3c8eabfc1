/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.reliability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.memberportal.account.AccountNotifications;
import org.memberportal.account.AccountSummary;
import org.memberportal.account.SignUp;
import org.memberportal.account.UserAccounts;
import org.memberportal.account.VerifyEmail;
import org.memberportal.account.inmemory.InMemoryAccounts;
import org.memberportal.account.inmemory.InMemoryFactorRegister;
import org.memberportal.account.inmemory.InMemoryIssuedCodes;
import org.memberportal.account.inmemory.InMemoryPasskeyChallenges;
import org.memberportal.account.inmemory.InMemoryPasskeyRegister;
import org.memberportal.account.inmemory.RandomSecrets;
import org.memberportal.account.port.Accounts;
import org.memberportal.account.port.FactorRegister;
import org.memberportal.account.port.IssuedCodes;
import org.memberportal.account.port.PasskeyChallenges;
import org.memberportal.account.port.PasskeyRegister;
import org.memberportal.account.testkit.AccountFixtures;
import org.memberportal.account.testkit.FakeCeremony;
import org.memberportal.account.testkit.TestHashing;
import org.memberportal.affiliation.AffiliationModule;
import org.memberportal.affiliation.focalpoint.AppointFocalPoint;
import org.memberportal.affiliation.focalpoint.FocalPointRole;
import org.memberportal.affiliation.inmemory.InMemoryAffiliationRegister;
import org.memberportal.affiliation.inmemory.InMemoryFocalPointRegister;
import org.memberportal.affiliation.inmemory.InMemoryOrganisationRegister;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.DecideAffiliation;
import org.memberportal.affiliation.membership.RequestAffiliation;
import org.memberportal.affiliation.organisation.MembershipType;
import org.memberportal.affiliation.organisation.Organisation;
import org.memberportal.affiliation.organisation.RegisterOrganisation;
import org.memberportal.affiliation.port.AffiliationRegister;
import org.memberportal.affiliation.port.FocalPointRegister;
import org.memberportal.affiliation.port.OrganisationRegister;
import org.memberportal.affiliation.reminder.ReminderPolicy;
import org.memberportal.careers.CandidateId;
import org.memberportal.careers.CareersModule;
import org.memberportal.careers.inmemory.InMemoryAlertSubscriptions;
import org.memberportal.careers.inmemory.InMemoryApplications;
import org.memberportal.careers.inmemory.InMemoryCandidateAccounts;
import org.memberportal.careers.inmemory.InMemoryConsents;
import org.memberportal.careers.inmemory.InMemoryProfiles;
import org.memberportal.careers.inmemory.InMemoryStaffDirectory;
import org.memberportal.careers.inmemory.InMemoryVacancies;
import org.memberportal.careers.port.AlertSubscriptions;
import org.memberportal.careers.port.Applications;
import org.memberportal.careers.port.CandidateAccounts;
import org.memberportal.careers.port.Consents;
import org.memberportal.careers.port.Profiles;
import org.memberportal.careers.port.Vacancies;
import org.memberportal.careers.privacy.RetentionPolicy;
import org.memberportal.careers.profile.Profile;
import org.memberportal.careers.testkit.CareersWorld;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.EventBus;
import org.memberportal.kernel.EventLog;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.Notification;
import org.memberportal.kernel.NotificationRelay;
import org.memberportal.kernel.Outbox;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.PortalException;
import org.memberportal.kernel.Secret;
import org.memberportal.kernel.inmemory.InMemoryHost;
import org.memberportal.kernel.testkit.MutableClock;
import org.memberportal.postgres.Connections;
import org.memberportal.postgres.EmbeddedDatabase;
import org.memberportal.postgres.PostgresAccounts;
import org.memberportal.postgres.PostgresAffiliationRegister;
import org.memberportal.postgres.PostgresAlertSubscriptions;
import org.memberportal.postgres.PostgresApplications;
import org.memberportal.postgres.PostgresCandidateAccounts;
import org.memberportal.postgres.PostgresConsents;
import org.memberportal.postgres.PostgresFactorRegister;
import org.memberportal.postgres.PostgresFocalPointRegister;
import org.memberportal.postgres.PostgresHost;
import org.memberportal.postgres.PostgresIssuedCodes;
import org.memberportal.postgres.PostgresOrganisationRegister;
import org.memberportal.postgres.PostgresPasskeyChallenges;
import org.memberportal.postgres.PostgresPasskeyRegister;
import org.memberportal.postgres.PostgresPendingHandOvers;
import org.memberportal.postgres.PostgresProfiles;
import org.memberportal.postgres.PostgresTiesAccountRegister;
import org.memberportal.postgres.PostgresVacancies;
import org.memberportal.ties.TiesModule;
import org.memberportal.ties.handover.TiesFocalPoints;
import org.memberportal.ties.inmemory.InMemoryPendingHandOvers;
import org.memberportal.ties.inmemory.InMemoryTiesAccountRegister;
import org.memberportal.ties.port.PendingHandOvers;
import org.memberportal.ties.port.TiesAccountRegister;

/**
 * The whole library on its in-memory adapters, as one host would embed it: real {@link UserAccounts} (its
 * {@code EmailVerified} drives the affiliation policies) with its second factors (passkeys verified by the test
 * kit's {@code FakeCeremony}, as account-core's own tests do), the affiliation module and the TIES module (its policies
 * react to affiliation events) and the careers module on one shared host. Every
 * store, the event log and the outbox go through {@link Faults}, and the hasher counts its calls.
 */
final class Portal implements RaceWorld {

  static final String PASSWORD = AccountFixtures.PASSWORD;

  private static final AtomicLong SERIAL = new AtomicLong();

  final MutableClock clock = MutableClock.atStart();
  final InMemoryHost memory = new InMemoryHost(clock);
  final Faults faults;
  /** The PostgreSQL database when the portal runs on its stores ({@link #onPostgres}), else null. */
  final @Nullable DataSource database;
  final @Nullable PostgresHost postgres;
  final Host host;
  final InMemoryAccounts accountStore = new InMemoryAccounts(memory.transactions());
  final InMemoryIssuedCodes codeStore = new InMemoryIssuedCodes(memory.transactions());
  final InMemoryFactorRegister factorStore = new InMemoryFactorRegister(memory.transactions());
  final InMemoryPasskeyRegister passkeyStore = new InMemoryPasskeyRegister(memory.transactions());
  final InMemoryPasskeyChallenges challengeStore = new InMemoryPasskeyChallenges(memory.transactions());
  final InMemoryOrganisationRegister organisationStore = new InMemoryOrganisationRegister(memory.transactions());
  final InMemoryAffiliationRegister affiliationStore = new InMemoryAffiliationRegister(memory.transactions());
  final InMemoryFocalPointRegister focalPointStore = new InMemoryFocalPointRegister(memory.transactions());
  final TestHashing.Counting hasher = TestHashing.counting();
  final UserAccounts accounts;
  final AffiliationModule affiliation;
  final InMemoryTiesAccountRegister tiesStore = new InMemoryTiesAccountRegister(memory.transactions());
  final InMemoryPendingHandOvers handOverStore = new InMemoryPendingHandOvers(memory.transactions());
  final TiesModule ties;
  final InMemoryCandidateAccounts candidateStore = new InMemoryCandidateAccounts(memory.transactions());
  final InMemoryProfiles profileStore = new InMemoryProfiles(memory.transactions());
  final InMemoryConsents consentStore = new InMemoryConsents(memory.transactions());
  final InMemoryVacancies vacancyStore = new InMemoryVacancies(memory.transactions());
  final InMemoryApplications applicationStore = new InMemoryApplications(memory.transactions());
  final InMemoryAlertSubscriptions alertStore = new InMemoryAlertSubscriptions(memory.transactions());
  final InMemoryIssuedCodes careersCodeStore = new InMemoryIssuedCodes(memory.transactions());
  final InMemoryStaffDirectory staff = new InMemoryStaffDirectory();
  private final Accounts accountRecords;
  private final CandidateAccounts candidateAccounts;
  private final Profiles profiles;
  final CareersModule careers;
  final Actor operator = AccountFixtures.OPERATOR;

  Portal() {
    this(0L);
  }

  Portal(long seed) {
    this(seed, null);
  }

  /**
   * The same library on the PostgreSQL stores (every module's, the event log and the outbox), on a fresh schema
   * of the examples' embedded server; no fault injection. The in-memory stores' fields are then unused: read the
   * state through {@link #snapshot()}, {@link #profile}, {@link #candidateId}, {@link #accountId} and
   * {@link #candidateAccounts()}.
   *
   * @param schema a readable part of the schema's name
   * @return the portal
   */
  static Portal onPostgres(String schema) {
    return new Portal(0L, EmbeddedDatabase.freshSchema(schema));
  }

  private Portal(long seed, @Nullable DataSource database) {
    Evidence.install();
    Evidence.secret(PASSWORD);
    Evidence.secret(AccountFixtures.OTHER_PASSWORD);
    this.faults = new Faults(seed);
    this.database = database;
    this.postgres = database == null ? null : new PostgresHost(database, clock);
    Connections tx = postgres == null ? null : postgres.transactions();
    this.host = postgres != null ? postgres.host() : new Host(memory.transactions(),
        new EventBus(faults.wrap(EventLog.class, memory.eventLog())), faults.wrap(Outbox.class, memory.outbox()),
        clock);
    this.accountRecords = tx == null ? accountStore : new PostgresAccounts(tx);
    this.candidateAccounts = tx == null ? candidateStore : new PostgresCandidateAccounts(tx);
    this.profiles = tx == null ? profileStore : new PostgresProfiles(tx);
    this.accounts = UserAccounts.builder()
        .host(host)
        .accounts(tx == null ? faults.wrap(Accounts.class, accountStore) : accountRecords)
        .codes(tx == null ? faults.wrap(IssuedCodes.class, codeStore) : new PostgresIssuedCodes(tx))
        .secondFactors(tx == null ? faults.wrap(FactorRegister.class, factorStore) : new PostgresFactorRegister(tx),
            tx == null ? faults.wrap(PasskeyRegister.class, passkeyStore) : new PostgresPasskeyRegister(tx),
            tx == null ? faults.wrap(PasskeyChallenges.class, challengeStore) : new PostgresPasskeyChallenges(tx))
        .passkeyCeremony(new FakeCeremony())
        .secrets(new RandomSecrets())
        .hasher(hasher)
        .build();
    this.affiliation = AffiliationModule.on(host, accounts,
        tx == null ? faults.wrap(OrganisationRegister.class, organisationStore) : new PostgresOrganisationRegister(tx),
        tx == null ? faults.wrap(AffiliationRegister.class, affiliationStore) : new PostgresAffiliationRegister(tx),
        tx == null ? faults.wrap(FocalPointRegister.class, focalPointStore) : new PostgresFocalPointRegister(tx),
        ReminderPolicy.DEFAULT);
    this.ties = TiesModule.on(host, accounts, affiliation,
        tx == null ? faults.wrap(TiesAccountRegister.class, tiesStore) : new PostgresTiesAccountRegister(tx),
        tx == null ? faults.wrap(PendingHandOvers.class, handOverStore) : new PostgresPendingHandOvers(tx),
        TiesFocalPoints.DEFAULT_TOKEN_LIFETIME);
    this.careers = CareersModule.builder().host(host)
        .accounts(tx == null ? faults.wrap(CandidateAccounts.class, candidateStore) : candidateAccounts)
        .profiles(tx == null ? faults.wrap(Profiles.class, profileStore) : profiles)
        .consents(tx == null ? faults.wrap(Consents.class, consentStore) : new PostgresConsents(tx))
        .vacancies(tx == null ? faults.wrap(Vacancies.class, vacancyStore) : new PostgresVacancies(tx))
        .applications(tx == null ? faults.wrap(Applications.class, applicationStore) : new PostgresApplications(tx))
        .alerts(tx == null ? faults.wrap(AlertSubscriptions.class, alertStore) : new PostgresAlertSubscriptions(tx))
        .codes(tx == null ? faults.wrap(IssuedCodes.class, careersCodeStore) : new PostgresIssuedCodes(tx))
        .secrets(new RandomSecrets()).staff(staff).hasher(hasher).cutOver(CareersWorld.CUT_OVER)
        .retention(RetentionPolicy.years(CareersWorld.RETENTION_YEARS)).build();
  }

  /**
   * The careers accounts' store the services use, unwrapped from fault injection: for scenes that set up a
   * candidate directly (inside {@code host.command}).
   *
   * @return the store
   */
  CandidateAccounts candidateAccounts() {
    return candidateAccounts;
  }

  /**
   * A candidate's profile as the store holds it.
   *
   * @param candidate the candidate
   * @return the profile, if any
   */
  Optional<Profile> profile(CandidateId candidate) {
    return read(() -> profiles.find(candidate));
  }

  /** Reads a store: directly in memory, in a transaction of its own on PostgreSQL. */
  private <T> T read(Supplier<T> query) {
    return postgres == null ? query.get() : host.query(query);
  }

  // ------------------------------------------------------------------------------------------------ state

  /** Every store, the event log and the outbox, deep-copied. */
  StoreSnapshot snapshot() {
    if (database != null) {
      return StoreSnapshot.ofTables(database);
    }
    Map<String, Object> stores = new LinkedHashMap<>();
    stores.put("accounts", accountStore);
    stores.put("codes", codeStore);
    stores.put("factors", factorStore);
    stores.put("passkeys", passkeyStore);
    stores.put("challenges", challengeStore);
    stores.put("organisations", organisationStore);
    stores.put("affiliations", affiliationStore);
    stores.put("focalPoints", focalPointStore);
    stores.put("tiesAccounts", tiesStore);
    stores.put("handOvers", handOverStore);
    stores.put("candidates", candidateStore);
    stores.put("profiles", profileStore);
    stores.put("consents", consentStore);
    stores.put("vacancies", vacancyStore);
    stores.put("applications", applicationStore);
    stores.put("alerts", alertStore);
    stores.put("careersCodes", careersCodeStore);
    stores.put("eventLog", memory.eventLog());
    stores.put("outbox", memory.outbox());
    return StoreSnapshot.of(stores);
  }

  List<DomainEvent> events() {
    if (postgres != null) {
      throw new UnsupportedOperationException("the PostgreSQL event log is read by subject: use trail");
    }
    return memory.eventLog().all();
  }

  List<Notification> mails() {
    return outbox().entries().stream().map(Outbox.Entry::notification).toList();
  }

  // -------------------------------------------------------------------------------------------- commands

  /** The result of a command: its outcome, or the library's failure. */
  record Attempt<T>(Optional<T> value, Optional<PortalException> failure) {
    boolean succeeded() {
      return value.isPresent();
    }
  }

  /**
   * Runs a command and records what it returned or threw as text to scan for secrets; anything thrown that is
   * not a {@link PortalException} fails the test.
   *
   * @param what the command's name, for messages
   * @param command the call
   * @param <T> what it returns
   * @return the attempt
   */
  @Override
  public <T> Attempt<T> attempt(String what, Supplier<T> command) {
    return run(what, command);
  }

  /**
   * Runs a command on any adapters, recording what it returned or threw as text to scan for secrets.
   *
   * @param what the command's name, for messages
   * @param command the call
   * @param <T> what it returns
   * @return the attempt
   */
  static <T> Attempt<T> run(String what, Supplier<T> command) {
    try {
      T value = command.get();
      Objects.requireNonNull(value, () -> what + " returned null");
      Evidence.text(what + " returned", value.toString());
      if (value instanceof Outcome<?> outcome) {
        outcome.events().forEach(e -> Evidence.text(what + " event", e.toString()));
      }
      return new Attempt<>(Optional.of(value), Optional.empty());
    } catch (PortalException e) {
      Evidence.text(what + " threw", e.code() + " " + e.reason() + " " + e.getMessage()
          + (e.getCause() == null ? "" : " / " + e.getCause().getMessage()));
      return new Attempt<>(Optional.empty(), Optional.of(e));
    } catch (RuntimeException | Error e) {
      throw new AssertionError(what + " let a " + e.getClass().getName() + " escape: " + e.getMessage(), e);
    }
  }

  /**
   * Remembers the secrets now in the stores (codes in the outbox, password hashes) and scans what was captured.
   */
  @Override
  public void audit() {
    for (Outbox.Entry entry : outbox().entries()) {
      Notification n = entry.notification();
      n.secretParameters().forEach(p -> Evidence.secret(Objects.requireNonNull(n.parameters().get(p))));
      Evidence.text("notification", n.toString());
    }
    if (postgres != null) {
      Evidence.checkpoint();
      return;
    }
    List<String> hashes = new ArrayList<>();
    StoreSnapshot.of(Map.of("accounts", accountStore, "candidates", candidateStore)).parts().values()
        .forEach(v -> collectHashes(v, hashes));
    hashes.forEach(h -> {
      Evidence.secret(h);
      Evidence.secret(h.substring(h.lastIndexOf('$') + 1));
    });
    Evidence.checkpoint();
  }

  /** The outbox itself, without fault injection. */
  private Outbox outbox() {
    return postgres != null ? postgres.outbox() : memory.outbox();
  }

  private static void collectHashes(Object value, List<String> out) {
    if (value instanceof Map<?, ?> m) {
      m.values().forEach(v -> collectHashes(v, out));
    } else if (value instanceof org.memberportal.account.Account a) {
      a.password().ifPresent(h -> out.add(h.phc()));
    } else if (value instanceof org.memberportal.careers.candidate.CandidateAccount a) {
      a.password().ifPresent(h -> out.add(h.phc()));
    }
  }

  // ------------------------------------------------------------------------------------------ race world

  @Override
  public String adapter() {
    return "in-memory";
  }

  @Override
  public UserAccounts accounts() {
    return accounts;
  }

  @Override
  public AffiliationModule affiliation() {
    return affiliation;
  }

  @Override
  public TiesModule ties() {
    return ties;
  }

  @Override
  public org.memberportal.careers.candidate.CareersAccounts candidates() {
    return careers.careersAccounts();
  }

  @Override
  public org.memberportal.careers.vacancy.VacancyDesk vacancies() {
    return careers.vacancyDesk();
  }

  @Override
  public org.memberportal.careers.alert.JobAlerts alerts() {
    return careers.jobAlerts();
  }

  @Override
  public List<DomainEvent> trail(String subject) {
    return postgres != null ? postgres.eventLog().trail(subject) : memory.eventLog().trail(subject);
  }

  @Override
  public long accountsWithEmail(String email) {
    org.memberportal.kernel.EmailAddress address = org.memberportal.kernel.EmailAddress.of(email);
    return countIn(accountStore, v -> v instanceof org.memberportal.account.Account a && a.email().equals(address));
  }

  @Override
  public long candidatesWithEmail(String email) {
    org.memberportal.kernel.EmailAddress address = org.memberportal.kernel.EmailAddress.of(email);
    return countIn(candidateStore,
        v -> v instanceof org.memberportal.careers.candidate.CandidateAccount a && a.email().equals(address));
  }

  /** The most values matching in any one map of an in-memory store (its primary map holds each value once). */
  private static long countIn(Object store, java.util.function.Predicate<Object> matches) {
    return StoreSnapshot.of(Map.of("store", store)).parts().values().stream()
        .filter(Map.class::isInstance).mapToLong(m -> ((Map<?, ?>) m).values().stream().filter(matches).count())
        .max().orElse(0);
  }

  @Override
  public Optional<AccountId> accountId(String email) {
    org.memberportal.kernel.EmailAddress address = org.memberportal.kernel.EmailAddress.of(email);
    return read(() -> accountRecords.findByEmail(address)).map(org.memberportal.account.Account::id);
  }

  @Override
  public Optional<org.memberportal.careers.CandidateId> candidateId(String email) {
    org.memberportal.kernel.EmailAddress address = org.memberportal.kernel.EmailAddress.of(email);
    return read(() -> candidateAccounts.findByEmail(address))
        .map(org.memberportal.careers.candidate.CandidateAccount::id);
  }

  // -------------------------------------------------------------------------------------------- fixtures

  static String uniqueEmail(String who) {
    return who + "." + SERIAL.incrementAndGet() + "@example.org";
  }

  /**
   * A fresh password for one account, remembered as a secret.
   *
   * @return the password
   */
  static String newPassword() {
    String p = "Pw-" + Long.toString(Math.abs(new java.util.Random().nextLong()), 36) + "-9x!";
    Evidence.secret(p);
    return p;
  }

  SignUp signUpForm(String email, String password) {
    return AccountFixtures.signUp(email).password(password).build();
  }

  @Override
  public Secret lastCode(String email, String kind) {
    org.memberportal.kernel.EmailAddress to = org.memberportal.kernel.EmailAddress.of(email);
    List<Notification> all = mails().stream().filter(n -> n.recipient().equals(to) && n.kind().equals(kind))
        .toList();
    if (all.isEmpty()) {
      throw new AssertionError("no " + kind + " mail to " + email);
    }
    String code = Objects.requireNonNull(all.get(all.size() - 1).parameters().get(AccountNotifications.CODE));
    Evidence.secret(code);
    return Secret.of(code);
  }

  /** An account signed up and verified, with the fixture's password. */
  @Override
  public AccountSummary activeAccount(String who) {
    String email = uniqueEmail(who);
    accounts.signUp(signUpForm(email, PASSWORD), Actor.anonymous());
    return accounts.verifyEmail(VerifyEmail.builder().email(email)
        .code(lastCode(email, AccountNotifications.VERIFICATION_CODE)).build(), Actor.anonymous()).value();
  }

  /** An account signed up, not verified. */
  AccountSummary unverifiedAccount(String who) {
    String email = uniqueEmail(who);
    accounts.signUp(signUpForm(email, PASSWORD), Actor.anonymous());
    return accounts.find(accountId(email).orElseThrow()).orElseThrow();
  }

  static Actor as(AccountSummary account) {
    return Actor.account(account.id()).in(account.language());
  }

  static Actor as(AccountId account) {
    return Actor.account(account);
  }

  Organisation organisation(String name, MembershipType type) {
    return affiliation.organisations().register(RegisterOrganisation.builder().name(name).membershipType(type)
        .country("CH").build(), operator).value();
  }

  /** An organisation with an ITU focal point and a TIES focal point (affiliated, as T5 wants). */
  record Staffed(Organisation organisation, AccountSummary itu, AccountSummary ties) {}

  @Override
  public Staffed staffed(String name) {
    Organisation org = organisation(name, MembershipType.SECTOR_MEMBER);
    AccountSummary itu = activeAccount("itu");
    appoint(org, FocalPointRole.ITU, itu);
    AccountSummary ties = activeAccount("ties");
    Affiliation request = request(ties, org);
    affiliation.affiliations().approve(DecideAffiliation.builder().affiliation(request.id()).build(), as(itu));
    appoint(org, FocalPointRole.TIES, ties);
    return new Staffed(org, itu, ties);
  }

  void appoint(Organisation org, FocalPointRole seat, AccountSummary account) {
    affiliation.focalPoints().appoint(AppointFocalPoint.builder().organisation(org.id()).seat(seat)
        .account(account.id()).build(), operator);
  }

  @Override
  public Affiliation request(AccountSummary user, Organisation org) {
    return affiliation.affiliations().request(RequestAffiliation.builder().account(user.id())
        .organisation(org.id()).build(), as(user)).value();
  }

  /** A member approved by the organisation's TIES focal point. */
  AccountSummary member(Staffed staffed, String who) {
    AccountSummary user = activeAccount(who);
    Affiliation request = request(user, staffed.organisation());
    affiliation.affiliations().approve(DecideAffiliation.builder().affiliation(request.id()).build(),
        as(staffed.ties()));
    return user;
  }

  /** A member with active TIES access, assigned by the organisation's TIES focal point. */
  @Override
  public AccountSummary tiesUser(Staffed staffed, String who) {
    AccountSummary user = member(staffed, who);
    ties.access().assign(org.memberportal.ties.access.AssignTiesAccess.builder().account(user.id()).build(),
        as(staffed.ties()));
    return user;
  }

  NotificationRelay relay(org.memberportal.kernel.Notifier notifier) {
    return new NotificationRelay(memory.outbox(), notifier, clock);
  }
}
