/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.memberportal.account.testkit.AccountFixtures.signUp;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.memberportal.account.UserAccounts;
import org.memberportal.account.testkit.TestHashing;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.testkit.MutableClock;

/**
 * The library's migrations live beside a host's: their own location and history table, so a host's Flyway keeps
 * its own {@code V1} in the same schema; and a database migrated by 0.1.0 (one {@code flyway_schema_history})
 * upgrades to the library's own history with its data intact.
 */
class SchemaHistoryTests {

  private static final String ROWS = "select installed_rank, version, description, type, checksum, installed_on,"
      + " success from %s order by installed_rank";

  private final String schema = "t_schema_history_" + Long.toHexString(System.nanoTime());
  private final DataSource database = EmbeddedDatabase.dataSource(schema);

  @AfterEach
  void close() throws Exception {
    ((AutoCloseable) database).close();
  }

  /** Flyway as a host configures it, with its own location and Flyway's default history table. */
  private FluentConfiguration hostFlyway(String location) {
    return Flyway.configure().dataSource(database).schemas(schema).defaultSchema(schema).createSchemas(true)
        .locations(location);
  }

  /** Migrates as 0.1.0's {@code PostgresSchema} did: Flyway's default history, the Java migration in db.migration. */
  private void migrateAs010(String... hostLocations) {
    List<String> locations = new ArrayList<>(List.of(PostgresSchema.LOCATION));
    locations.addAll(List.of(hostLocations));
    hostFlyway(PostgresSchema.LOCATION).locations(locations.toArray(String[]::new)).target("501").load().migrate();
    EmbeddedDatabase.execute(database, "update flyway_schema_history"
        + " set script = 'db.migration.V501__AccountNameSearch' where version = '501'");
  }

  private List<String> rows(String sql) throws SQLException {
    try (Connection c = database.getConnection(); Statement s = c.createStatement();
        ResultSet found = s.executeQuery(sql)) {
      List<String> rows = new ArrayList<>();
      while (found.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= found.getMetaData().getColumnCount(); i++) {
          row.add(found.getString(i));
        }
        rows.add(String.join("|", row));
      }
      return rows;
    }
  }

  private List<String> versions(String table) throws SQLException {
    return rows("select version from " + table + " where version is not null order by installed_rank");
  }

  private boolean exists(String table) throws SQLException {
    return !rows("select 1 from information_schema.tables where table_schema = '" + schema + "' and table_name = '"
        + table + "'").isEmpty();
  }

  private UserAccounts accounts() {
    PostgresHost postgres = new PostgresHost(database, MutableClock.atStart());
    return UserAccounts.builder().host(postgres.host())
        .accounts(new PostgresAccounts(postgres.transactions()))
        .codes(new PostgresIssuedCodes(postgres.transactions()))
        .secrets("a code key"::getBytes).hasher(TestHashing.fast()).build();
  }

  @Test
  void aHostsFlywayKeepsItsOwnV1WhenItMigratesFirst() throws SQLException {
    assertThat(hostFlyway("classpath:host/migration").load().migrate().migrationsExecuted).isEqualTo(1);

    int library = PostgresSchema.migrate(database, schema);

    assertThat(library).isGreaterThan(10);
    assertThat(versions("flyway_schema_history")).containsExactly("1");
    assertThat(versions(PostgresSchema.HISTORY)).startsWith("0", "1", "100").hasSize(library + 1);
    assertThat(hostFlyway("classpath:host/migration").load().migrate().migrationsExecuted).isZero();
    assertThat(PostgresSchema.migrate(database, schema)).isZero();
  }

  @Test
  void aHostsFlywayKeepsItsOwnV1WhenTheLibraryMigratesFirst() throws SQLException {
    int library = PostgresSchema.migrate(database, schema);

    // a schema holding tables Flyway did not create asks the host to say where its own history starts
    assertThat(hostFlyway("classpath:host/migration").baselineOnMigrate(true).baselineVersion("0").load().migrate()
        .migrationsExecuted).isEqualTo(1);
    assertThat(versions("flyway_schema_history")).containsExactly("0", "1");
    assertThat(versions(PostgresSchema.HISTORY)).startsWith("1", "100").hasSize(library);
    assertThat(PostgresSchema.migrate(database, schema)).isZero();
  }

  @Test
  void aDatabaseMigratedBy010UpgradesToTheLibrarysOwnHistoryWithItsDataIntact() throws SQLException {
    migrateAs010();
    List<String> history = rows(ROWS.formatted("flyway_schema_history"));
    accounts().signUp(signUp("kept@example.org").build(), Actor.anonymous());

    int upgrade = PostgresSchema.migrate(database, schema);

    assertThat(exists("flyway_schema_history")).isFalse();
    List<String> moved = rows(ROWS.formatted(PostgresSchema.HISTORY));
    assertThat(moved.subList(0, history.size())).isEqualTo(history);
    assertThat(moved).hasSize(history.size() + upgrade);
    assertThat(rows("select script from " + PostgresSchema.HISTORY + " where version = '501'"))
        .containsExactly("db.memberportal.V501__AccountNameSearch");
    assertThat(rows("select email_key, status from account")).containsExactly("kept@example.org|AWAITING_VERIFICATION");
    assertThat(PostgresSchema.migrate(database, schema)).isZero();
  }

  @Test
  void anUpgradeLeavesTheHostsRowsInTheOldHistory() throws SQLException {
    migrateAs010("classpath:host/legacy");

    PostgresSchema.migrate(database, schema);

    assertThat(versions("flyway_schema_history")).containsExactly("450");
    assertThat(versions(PostgresSchema.HISTORY)).startsWith("1", "100").doesNotContain("450");
    assertThat(hostFlyway("classpath:host/legacy").load().validateWithResult().getAllErrorMessages()).isEmpty();
  }
}
