/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.apiguardian.api.API;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

/**
 * Creates or upgrades the library's tables with Flyway, from the migrations in {@value #LOCATION} (SQL scripts
 * and the Java migrations of package {@code db.memberportal}) with their own history table, {@value #HISTORY}:
 * a host's own Flyway, at its own location and with its own history ({@code flyway_schema_history}), keeps its
 * own {@code V1} beside the library's, in the same schema or another. A host runs it once at start-up, before
 * building its services; instances starting together migrate once (Flyway locks the history).
 *
 * <p>A database migrated by 0.1.0 (the migrations then in {@code db/migration}, the history in Flyway's default
 * {@code flyway_schema_history}) is upgraded, not rebuilt: the first run moves the library's rows of that history
 * to {@value #HISTORY} as they are (versions, checksums, dates), leaves the host's rows where they were and drops
 * the old table when nothing else is left in it, all in one transaction, then migrates on.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class PostgresSchema {

  /** Where the migrations live on the class path. */
  public static final String LOCATION = "classpath:db/memberportal";

  /**
   * The library's history table, in the migrated schema.
   *
   * @since 0.2.0
   */
  public static final String HISTORY = "memberportal_schema_history";

  /** Where 0.1.0 kept the library's history: Flyway's default table. */
  private static final String OLD_HISTORY = "flyway_schema_history";

  private PostgresSchema() {}

  /**
   * Migrates the given schema (created when missing) to the latest version. A schema that holds a host's tables
   * but not yet the library's takes every migration from the first.
   *
   * @param dataSource the database
   * @param schema the schema holding the library's tables; connections must have it on their search path
   * @return how many migrations were applied
   */
  public static int migrate(DataSource dataSource, String schema) {
    Flyway flyway = Flyway.configure()
        .dataSource(dataSource)
        .schemas(schema)
        .defaultSchema(schema)
        .createSchemas(true)
        .locations(LOCATION)
        .table(HISTORY)
        // a schema the host's tables share: below the library's first migration, so that every one runs
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load();
    moveHistoryOf010(dataSource, schema, flyway.info().all());
    return flyway.migrate().migrationsExecuted;
  }

  private static void moveHistoryOf010(DataSource dataSource, String schema, MigrationInfo[] migrations) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        moveHistoryOf010(c, schema, migrations);
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new DatabaseFailure(e);
    }
  }

  private static void moveHistoryOf010(Connection c, String schema, MigrationInfo[] migrations)
      throws SQLException {
    // instances starting together: one moves, the others then find the new table
    Sql.exists(c, "select pg_advisory_xact_lock(?)", b -> b.number(HISTORY.hashCode()));
    if (!table(c, schema, OLD_HISTORY) || table(c, schema, HISTORY)) {
      return;
    }
    String oldTable = quote(schema) + "." + quote(OLD_HISTORY);
    String newTable = quote(schema) + "." + quote(HISTORY);
    List<MigrationInfo> versioned = Arrays.stream(migrations).filter(m -> m.getVersion() != null).toList();
    List<String> versions = versioned.stream().map(m -> m.getVersion().getVersion()).toList();
    List<String> descriptions = versioned.stream().map(MigrationInfo::getDescription).toList();
    // the library's rows: its versions with its descriptions (a host's own V1 is not the library's)
    String ours = " where (version, description) in (select * from unnest(?::text[], ?::text[]))";
    Sql.Binding library = b -> b.texts(versions).texts(descriptions);
    if (!Sql.exists(c, "select 1 from " + oldTable + ours, library)) {
      return;
    }
    try (Statement ddl = c.createStatement()) {
      ddl.execute("create table " + newTable + " (like " + oldTable + " including all)");
    }
    Sql.update(c, "insert into " + newTable + " select * from " + oldTable + ours, library);
    Sql.update(c, "delete from " + oldTable + ours, library);
    for (MigrationInfo m : versioned) {
      // the Java migrations moved from package db.migration
      Sql.update(c, "update " + newTable + " set script = ? where version = ?",
          b -> b.text(m.getScript()).text(m.getVersion().getVersion()));
    }
    if (!Sql.exists(c, "select 1 from " + oldTable + " where type <> 'SCHEMA'", b -> { })) {
      // nothing of the host's: the marker of the schema the library's run created goes with the library's rows
      Sql.update(c, "insert into " + newTable + " select * from " + oldTable, b -> { });
      try (Statement ddl = c.createStatement()) {
        ddl.execute("drop table " + oldTable);
      }
    }
  }

  private static boolean table(Connection c, String schema, String table) throws SQLException {
    return Sql.exists(c, "select 1 from information_schema.tables where table_schema = ? and table_name = ?",
        b -> b.text(schema).text(table));
  }

  private static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }
}
