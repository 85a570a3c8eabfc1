/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.memberportal.account.Account;
import org.memberportal.kernel.Page;

/**
 * A database at the last migration of 0.1.0 (V406) takes the service desk's look-up by name: the accounts
 * stored before it are found by their folded names once migrated.
 */
class AccountNameSearchMigrationTests {

  private final String schema = "t_name_search_migration_" + Long.toHexString(System.nanoTime());
  private final DataSource database = EmbeddedDatabase.dataSource(schema);

  @AfterEach
  void close() {
    ((HikariDataSource) database).close();
  }

  private Flyway flyway(String target) {
    return Flyway.configure().dataSource(database).schemas(schema).defaultSchema(schema).createSchemas(true)
        .locations(PostgresSchema.LOCATION).target(target).load();
  }

  @Test
  void accountsStoredBeforeTheMigrationAreFoundByTheirFoldedNames() {
    flyway("406").migrate();
    EmbeddedDatabase.execute(database, "insert into account (id, email_key, email, first_name, last_name, language,"
        + " newsletter, status, lockout_failures, legacy_attributes, created_at, version) values"
        + " ('00000000-0000-0000-0000-000000000001', 'jose@example.org', 'jose@example.org', 'José', 'Álvarez',"
        + " 'es', false, 'ACTIVE', 0, '', now(), 0)");

    assertThat(PostgresSchema.migrate(database, schema)).isPositive();

    PostgresTransactions transactions = new PostgresTransactions(database);
    Page<Account> found = transactions.inTransaction(
        () -> new PostgresAccounts(transactions).findByName("ALVAREZ jose", 0, 10));
    assertThat(found.items()).singleElement().satisfies(a -> {
      assertThat(a.firstName()).isEqualTo("José");
      assertThat(a.language()).isEqualTo(Locale.forLanguageTag("es"));
    });
  }
}
