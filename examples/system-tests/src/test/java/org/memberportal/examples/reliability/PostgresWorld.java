/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.reliability;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.memberportal.account.AccountNotifications;
import org.memberportal.account.AccountSummary;
import org.memberportal.account.SignUp;
import org.memberportal.account.UserAccounts;
import org.memberportal.account.VerifyEmail;
import org.memberportal.account.inmemory.RandomSecrets;
import org.memberportal.account.testkit.AccountFixtures;
import org.memberportal.account.testkit.TestHashing;
import org.memberportal.affiliation.AffiliationModule;
import org.memberportal.affiliation.focalpoint.AppointFocalPoint;
import org.memberportal.affiliation.focalpoint.FocalPointRole;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.DecideAffiliation;
import org.memberportal.affiliation.membership.RequestAffiliation;
import org.memberportal.affiliation.organisation.MembershipType;
import org.memberportal.affiliation.organisation.Organisation;
import org.memberportal.affiliation.organisation.RegisterOrganisation;
import org.memberportal.affiliation.reminder.ReminderPolicy;
import org.memberportal.careers.CandidateId;
import org.memberportal.careers.alert.JobAlerts;
import org.memberportal.careers.candidate.CareersAccounts;
import org.memberportal.careers.inmemory.InMemoryStaffDirectory;
import org.memberportal.careers.testkit.CareersWorld;
import org.memberportal.careers.vacancy.VacancyDesk;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.Notification;
import org.memberportal.kernel.Outbox;
import org.memberportal.kernel.Secret;
import org.memberportal.kernel.testkit.MutableClock;
import org.memberportal.postgres.Connections;
import org.memberportal.postgres.EmbeddedDatabase;
import org.memberportal.postgres.PostgresAccounts;
import org.memberportal.postgres.PostgresAffiliationRegister;
import org.memberportal.postgres.PostgresAlertSubscriptions;
import org.memberportal.postgres.PostgresCandidateAccounts;
import org.memberportal.postgres.PostgresFocalPointRegister;
import org.memberportal.postgres.PostgresHost;
import org.memberportal.postgres.PostgresIssuedCodes;
import org.memberportal.postgres.PostgresOrganisationRegister;
import org.memberportal.postgres.PostgresPendingHandOvers;
import org.memberportal.postgres.PostgresTiesAccountRegister;
import org.memberportal.postgres.PostgresVacancies;
import org.memberportal.ties.TiesModule;
import org.memberportal.ties.access.AssignTiesAccess;
import org.memberportal.ties.handover.TiesFocalPoints;

/**
 * The account, affiliation and TIES modules and the careers accounts on their PostgreSQL adapters (the embedded
 * server of the examples' tests), one schema for every race, so each race runs against real transactions, row
 * locks and unique constraints. Every world is a fresh library instance (host, stores, services) on that schema;
 * the races use fresh addresses and organisations, so worlds never see each other's subjects.
 */
final class PostgresWorld implements RaceWorld {

  private static DataSource database;

  final MutableClock clock = MutableClock.atStart();
  final PostgresHost postgres;
  final UserAccounts accounts;
  final AffiliationModule affiliation;
  final TiesModule ties;
  final CareersAccounts candidates;
  final VacancyDesk vacancies;
  final JobAlerts alerts;
  final PostgresAccounts accountStore;
  final PostgresCandidateAccounts candidateStore;
  final Actor operator = AccountFixtures.OPERATOR;

  PostgresWorld() {
    Evidence.install();
    postgres = new PostgresHost(database(), clock);
    Connections tx = postgres.transactions();
    TestHashing.Counting hasher = TestHashing.counting();
    accountStore = new PostgresAccounts(tx);
    candidateStore = new PostgresCandidateAccounts(tx);
    accounts = UserAccounts.builder().host(postgres.host()).accounts(accountStore)
        .codes(new PostgresIssuedCodes(tx)).secrets(new RandomSecrets()).hasher(hasher).build();
    affiliation = AffiliationModule.on(postgres.host(), accounts, new PostgresOrganisationRegister(tx),
        new PostgresAffiliationRegister(tx), new PostgresFocalPointRegister(tx), ReminderPolicy.DEFAULT);
    ties = TiesModule.on(postgres.host(), accounts, affiliation, new PostgresTiesAccountRegister(tx),
        new PostgresPendingHandOvers(tx), TiesFocalPoints.DEFAULT_TOKEN_LIFETIME);
    candidates = CareersAccounts.builder().host(postgres.host()).accounts(candidateStore)
        .codes(new PostgresIssuedCodes(tx)).secrets(new RandomSecrets()).staff(new InMemoryStaffDirectory())
        .hasher(hasher).build();
    PostgresVacancies vacancyStore = new PostgresVacancies(tx);
    vacancies = VacancyDesk.builder().host(postgres.host()).vacancies(vacancyStore)
        .cutOver(CareersWorld.CUT_OVER).build();
    alerts = JobAlerts.listening(postgres.host(), new PostgresAlertSubscriptions(tx), vacancyStore, candidateStore);
  }

  private static synchronized DataSource database() {
    if (database == null) {
      database = EmbeddedDatabase.freshSchema("reliability_races");
    }
    return database;
  }

  /** Closes the shared pool (the races call it when they end). */
  static synchronized void close() {
    if (database != null) {
      ((HikariDataSource) database).close();
      database = null;
    }
  }

  private long count(String sql, String key) {
    try (var c = database().getConnection(); var s = c.prepareStatement(sql)) {
      s.setString(1, key);
      try (var rows = s.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    } catch (java.sql.SQLException e) {
      throw new AssertionError(e);
    }
  }

  @Override
  public String adapter() {
    return "PostgreSQL";
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
  public CareersAccounts candidates() {
    return candidates;
  }

  @Override
  public JobAlerts alerts() {
    return alerts;
  }

  @Override
  public VacancyDesk vacancies() {
    return vacancies;
  }

  @Override
  public List<DomainEvent> trail(String subject) {
    return postgres.eventLog().trail(subject);
  }

  @Override
  public long accountsWithEmail(String email) {
    return count("select count(*) from account where email_key = ?", EmailAddress.of(email).key());
  }

  @Override
  public long candidatesWithEmail(String email) {
    return count("select count(*) from candidate_account where email_key = ?", EmailAddress.of(email).key());
  }

  @Override
  public Optional<AccountId> accountId(String email) {
    return postgres.transactions().inTransaction(() -> accountStore.findByEmail(EmailAddress.of(email)))
        .map(org.memberportal.account.Account::id);
  }

  @Override
  public Optional<CandidateId> candidateId(String email) {
    return postgres.transactions().inTransaction(() -> candidateStore.findByEmail(EmailAddress.of(email)))
        .map(org.memberportal.careers.candidate.CandidateAccount::id);
  }

  @Override
  public <T> Portal.Attempt<T> attempt(String what, Supplier<T> command) {
    return Portal.run(what, command);
  }

  @Override
  public void audit() {
    for (Outbox.Entry entry : postgres.outbox().entries()) {
      Notification n = entry.notification();
      n.secretParameters().forEach(p -> Evidence.secret(Objects.requireNonNull(n.parameters().get(p))));
    }
    Evidence.checkpoint();
  }

  @Override
  public Secret lastCode(String email, String kind) {
    EmailAddress to = EmailAddress.of(email);
    List<Notification> all = postgres.outbox().entries().stream().map(Outbox.Entry::notification)
        .filter(n -> n.recipient().equals(to) && n.kind().equals(kind)).toList();
    if (all.isEmpty()) {
      throw new AssertionError("no " + kind + " mail to " + email);
    }
    String code = Objects.requireNonNull(all.get(all.size() - 1).parameters().get(AccountNotifications.CODE));
    Evidence.secret(code);
    return Secret.of(code);
  }

  private SignUp signUpForm(String email) {
    return AccountFixtures.signUp(email).password(Portal.PASSWORD).build();
  }

  @Override
  public AccountSummary activeAccount(String who) {
    String email = Portal.uniqueEmail(who);
    accounts.signUp(signUpForm(email), Actor.anonymous());
    return accounts.verifyEmail(VerifyEmail.builder().email(email)
        .code(lastCode(email, AccountNotifications.VERIFICATION_CODE)).build(), Actor.anonymous()).value();
  }

  @Override
  public Portal.Staffed staffed(String name) {
    Organisation org = affiliation.organisations().register(RegisterOrganisation.builder().name(name)
        .membershipType(MembershipType.SECTOR_MEMBER).country("CH").build(), operator).value();
    AccountSummary itu = activeAccount("itu");
    appoint(org, FocalPointRole.ITU, itu);
    AccountSummary tiesFp = activeAccount("ties");
    Affiliation request = request(tiesFp, org);
    affiliation.affiliations().approve(DecideAffiliation.builder().affiliation(request.id()).build(),
        Portal.as(itu));
    appoint(org, FocalPointRole.TIES, tiesFp);
    return new Portal.Staffed(org, itu, tiesFp);
  }

  private void appoint(Organisation org, FocalPointRole seat, AccountSummary account) {
    affiliation.focalPoints().appoint(AppointFocalPoint.builder().organisation(org.id()).seat(seat)
        .account(account.id()).build(), operator);
  }

  @Override
  public Affiliation request(AccountSummary user, Organisation org) {
    return affiliation.affiliations().request(RequestAffiliation.builder().account(user.id())
        .organisation(org.id()).build(), Portal.as(user)).value();
  }

  @Override
  public AccountSummary tiesUser(Portal.Staffed staffed, String who) {
    AccountSummary user = activeAccount(who);
    Affiliation request = request(user, staffed.organisation());
    affiliation.affiliations().approve(DecideAffiliation.builder().affiliation(request.id()).build(),
        Portal.as(staffed.ties()));
    ties.access().assign(AssignTiesAccess.builder().account(user.id()).build(), Portal.as(staffed.ties()));
    return user;
  }
}
