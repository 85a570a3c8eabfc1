/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.journey;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.function.IntSupplier;
import org.memberportal.account.inmemory.InMemoryAccounts;
import org.memberportal.account.inmemory.InMemoryIssuedCodes;
import org.memberportal.account.port.Accounts;
import org.memberportal.account.port.IssuedCodes;
import org.memberportal.affiliation.inmemory.InMemoryAffiliationRegister;
import org.memberportal.affiliation.inmemory.InMemoryFocalPointRegister;
import org.memberportal.affiliation.inmemory.InMemoryOrganisationRegister;
import org.memberportal.affiliation.port.AffiliationRegister;
import org.memberportal.affiliation.port.FocalPointRegister;
import org.memberportal.affiliation.port.OrganisationRegister;
import org.memberportal.careers.inmemory.InMemoryAlertSubscriptions;
import org.memberportal.careers.inmemory.InMemoryApplications;
import org.memberportal.careers.inmemory.InMemoryCandidateAccounts;
import org.memberportal.careers.inmemory.InMemoryConsents;
import org.memberportal.careers.inmemory.InMemoryProfiles;
import org.memberportal.careers.inmemory.InMemoryVacancies;
import org.memberportal.careers.port.AlertSubscriptions;
import org.memberportal.careers.port.Applications;
import org.memberportal.careers.port.CandidateAccounts;
import org.memberportal.careers.port.Consents;
import org.memberportal.careers.port.Profiles;
import org.memberportal.careers.port.Vacancies;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.Outbox;
import org.memberportal.kernel.inmemory.InMemoryHost;
import org.memberportal.kernel.inmemory.InMemoryTransactions;
import org.memberportal.postgres.Connections;
import org.memberportal.postgres.EmbeddedServer;
import org.memberportal.postgres.PostgresAccounts;
import org.memberportal.postgres.PostgresAffiliationRegister;
import org.memberportal.postgres.PostgresAlertSubscriptions;
import org.memberportal.postgres.PostgresApplications;
import org.memberportal.postgres.PostgresCandidateAccounts;
import org.memberportal.postgres.PostgresConsents;
import org.memberportal.postgres.PostgresFocalPointRegister;
import org.memberportal.postgres.PostgresHost;
import org.memberportal.postgres.PostgresIssuedCodes;
import org.memberportal.postgres.PostgresOrganisationRegister;
import org.memberportal.postgres.PostgresPendingHandOvers;
import org.memberportal.postgres.PostgresProfiles;
import org.memberportal.postgres.PostgresSchema;
import org.memberportal.postgres.PostgresTiesAccountRegister;
import org.memberportal.postgres.PostgresVacancies;
import org.memberportal.ties.inmemory.InMemoryPendingHandOvers;
import org.memberportal.ties.inmemory.InMemoryTiesAccountRegister;
import org.memberportal.ties.port.PendingHandOvers;
import org.memberportal.ties.port.TiesAccountRegister;

/**
 * Every store of the portal, and the kernel's ports they share a transaction with, on one kind of database.
 *
 * @param auditTrail counts the events in the audit trail
 * @param resources what to release when the portal closes (the embedded server)
 */
record Stores(Host host, Outbox outbox, IntSupplier auditTrail, AutoCloseable resources,
    Accounts accounts, IssuedCodes codes, OrganisationRegister organisations, AffiliationRegister affiliations,
    FocalPointRegister focalPoints, TiesAccountRegister tiesAccounts, PendingHandOvers handOvers,
    CandidateAccounts candidateAccounts, Profiles profiles, Consents consents, Vacancies vacancies,
    Applications applications, AlertSubscriptions alerts, IssuedCodes careersCodes) {

  /** The schema the demo's tables live in, on PostgreSQL. */
  private static final String SCHEMA = "portal";

  /** Puts every store in memory. */
  static Stores inMemory(Clock clock) {
    InMemoryHost memory = new InMemoryHost(clock);
    InMemoryTransactions tx = memory.transactions();
    return new Stores(memory.host(), memory.outbox(), () -> memory.eventLog().all().size(), () -> { },
        new InMemoryAccounts(tx), new InMemoryIssuedCodes(tx), new InMemoryOrganisationRegister(tx),
        new InMemoryAffiliationRegister(tx), new InMemoryFocalPointRegister(tx),
        new InMemoryTiesAccountRegister(tx), new InMemoryPendingHandOvers(tx),
        new InMemoryCandidateAccounts(tx), new InMemoryProfiles(tx), new InMemoryConsents(tx),
        new InMemoryVacancies(tx), new InMemoryApplications(tx), new InMemoryAlertSubscriptions(tx),
        new InMemoryIssuedCodes(tx));
  }

  /** Starts an embedded PostgreSQL, migrates a schema and puts every store on it, as docs/postgres.md shows. */
  static Stores onPostgres(Clock clock) {
    EmbeddedPostgres server;
    try {
      server = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start();
    } catch (IOException e) {
      throw new UncheckedIOException("the embedded PostgreSQL did not start", e);
    }
    HikariDataSource pool = EmbeddedServer.pool(server, SCHEMA, 4);
    PostgresSchema.migrate(pool, SCHEMA);
    PostgresHost postgres = new PostgresHost(pool, clock);
    Connections tx = postgres.transactions();
    IntSupplier auditTrail = () -> tx.withConnection(c -> {
      try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery("select count(*) from event_log")) {
        rows.next();
        return rows.getInt(1);
      }
    });
    AutoCloseable resources = () -> {
      pool.close();
      server.close();
    };
    return new Stores(postgres.host(), postgres.outbox(), auditTrail, resources,
        new PostgresAccounts(tx), new PostgresIssuedCodes(tx), new PostgresOrganisationRegister(tx),
        new PostgresAffiliationRegister(tx), new PostgresFocalPointRegister(tx),
        new PostgresTiesAccountRegister(tx), new PostgresPendingHandOvers(tx),
        new PostgresCandidateAccounts(tx), new PostgresProfiles(tx), new PostgresConsents(tx),
        new PostgresVacancies(tx), new PostgresApplications(tx), new PostgresAlertSubscriptions(tx),
        new PostgresIssuedCodes(tx));
  }
}
