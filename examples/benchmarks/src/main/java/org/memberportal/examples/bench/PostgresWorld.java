/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.bench;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.memberportal.account.Account;
import org.memberportal.account.AccountStatus;
import org.memberportal.account.AccountSummary;
import org.memberportal.account.UserAccounts;
import org.memberportal.account.credential.PasswordHashing;
import org.memberportal.account.inmemory.RandomSecrets;
import org.memberportal.affiliation.AffiliationModule;
import org.memberportal.affiliation.focalpoint.AppointFocalPoint;
import org.memberportal.affiliation.focalpoint.FocalPointRole;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.RequestAffiliation;
import org.memberportal.affiliation.organisation.MembershipType;
import org.memberportal.affiliation.organisation.Organisation;
import org.memberportal.affiliation.organisation.RegisterOrganisation;
import org.memberportal.affiliation.reminder.ReminderPolicy;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.StaffId;
import org.memberportal.postgres.Connections;
import org.memberportal.postgres.PostgresAccounts;
import org.memberportal.postgres.PostgresAffiliationRegister;
import org.memberportal.postgres.PostgresFocalPointRegister;
import org.memberportal.postgres.PostgresHost;
import org.memberportal.postgres.PostgresIssuedCodes;
import org.memberportal.postgres.PostgresOrganisationRegister;

/**
 * The affiliation module on the PostgreSQL adapters, with one Sector Member and its ITU Focal Point: the
 * PostgreSQL counterpart of {@link World}. The account side is the account module itself ({@code UserAccounts} on
 * {@code PostgresAccounts}), so every read the affiliation commands make, the requester's account included, is a
 * database read.
 */
public final class PostgresWorld {

  /** The schema's connections. */
  public final DataSource pool;
  /** The kernel's ports on PostgreSQL. */
  public final PostgresHost postgres;
  /** The account store, exposed so that benchmarks can add accounts without signing up. */
  public final PostgresAccounts accountStore;
  /** The account module, the affiliation module's account directory. */
  public final UserAccounts accounts;
  /** The affiliations register. */
  public final PostgresAffiliationRegister register;
  /** The module. */
  public final AffiliationModule module;
  /** The operator. */
  public final Actor operator = Actor.operator(new StaffId(UUID.randomUUID()));
  /** The organisation. */
  public final Organisation organisation;
  /** Its ITU Focal Point. */
  public final AccountSummary focalPoint;
  /** The focal point acting. */
  public final Actor asFocalPoint;

  private long serial;

  /**
   * Builds the world in a fresh schema of the benchmarks' PostgreSQL.
   *
   * @param name a readable part of the schema's name
   */
  public PostgresWorld(String name) {
    this(BenchDatabase.freshSchema(name));
  }

  /**
   * Builds the world on a migrated schema.
   *
   * @param pool the schema's connections
   */
  public PostgresWorld(DataSource pool) {
    this(pool, null);
  }

  /**
   * Builds a second library instance (its own host, stores and modules) over another pool of the schema of
   * {@code first}, sharing its organisation and focal point: two instances on one database.
   *
   * @param pool connections to the same schema as {@code first}'s
   * @param first the instance that made the organisation
   * @return the second instance
   */
  public static PostgresWorld beside(DataSource pool, PostgresWorld first) {
    return new PostgresWorld(pool, first);
  }

  private PostgresWorld(DataSource pool, @Nullable PostgresWorld first) {
    this.pool = pool;
    postgres = new PostgresHost(pool, Clock.systemUTC());
    Connections tx = postgres.transactions();
    accountStore = new PostgresAccounts(tx);
    // the hasher only hashes the dummy password at construction here: no sign-in is measured
    accounts = UserAccounts.builder().host(postgres.host()).accounts(accountStore).codes(new PostgresIssuedCodes(tx))
        .secrets(new RandomSecrets()).hasher(PasswordHashing.argon2id(16, 1, 1)).build();
    register = new PostgresAffiliationRegister(tx);
    module = AffiliationModule.on(postgres.host(), accounts, new PostgresOrganisationRegister(tx), register,
        new PostgresFocalPointRegister(tx), ReminderPolicy.DEFAULT);
    if (first != null) {
      organisation = first.organisation;
      focalPoint = first.focalPoint;
      asFocalPoint = first.asFocalPoint;
      return;
    }
    organisation = module.organisations().register(RegisterOrganisation.builder().name("Benchmark Telecom")
        .membershipType(MembershipType.SECTOR_MEMBER).country("CH").build(), operator).value();
    focalPoint = tx.inTransaction(() -> active("Ida", "Focal"));
    module.focalPoints().appoint(AppointFocalPoint.builder().organisation(organisation.id())
        .seat(FocalPointRole.ITU).account(focalPoint.id()).build(), operator);
    asFocalPoint = Actor.account(focalPoint.id());
  }

  /**
   * Stores a new active English-speaking account straight through the account store (no sign-up, no password).
   *
   * @param first first name
   * @param last last name
   * @return its summary
   */
  public AccountSummary active(String first, String last) {
    long n = serial++;
    Account account = Account.builder().id(AccountId.random())
        .email(EmailAddress.of(first.toLowerCase(Locale.ROOT) + "." + last.toLowerCase(Locale.ROOT) + n
            + "@example.org"))
        .firstName(first).lastName(last).language(Locale.ENGLISH).newsletter(false)
        .termsAcceptedAt(Optional.of(Instant.parse("2026-01-01T00:00:00Z"))).status(AccountStatus.ACTIVE)
        .createdAt(Instant.parse("2026-01-01T00:00:00Z")).build();
    accountStore.add(account);
    return account.summary();
  }

  /**
   * New active users ask to join the organisation through the library, all in one transaction (each request is
   * a command that joins it), which is how the benchmarks make a batch quickly.
   *
   * @param count how many
   * @return the pending requests
   */
  public List<Affiliation> pendingRequests(int count) {
    return postgres.transactions().inTransaction(() -> {
      List<Affiliation> pending = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        AccountSummary user = active("User", "Number");
        pending.add(module.affiliations().request(RequestAffiliation.builder().account(user.id())
            .organisation(organisation.id()).wantsTiesAccess(false).build(), Actor.account(user.id())).value());
      }
      return pending;
    });
  }
}
