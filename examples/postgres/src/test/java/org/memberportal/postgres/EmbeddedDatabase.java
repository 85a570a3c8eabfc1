/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One real PostgreSQL per test JVM (an embedded server from Maven Central, started on first use and stopped
 * by its shutdown hook when the JVM exits), and a fresh, migrated schema for each test class that asks, so test classes never see
 * each other's rows. Module adapters' tests reuse it: {@code EmbeddedDatabase.freshSchema("accounts")}.
 */
public final class EmbeddedDatabase {

  /** Connections per data source: enough for the races, few enough for many test classes on one server. */
  private static final int POOL_SIZE = 5;
  private static final AtomicInteger SCHEMAS = new AtomicInteger();

  private EmbeddedDatabase() {}

  /**
   * Creates a new schema holding the library's tables (all Flyway migrations applied) and returns a data
   * source whose connections work in it.
   *
   * @param name a readable part of the schema's name, e.g. the test class
   * @return a data source on the new schema
   */
  public static DataSource freshSchema(String name) {
    String schema = "t" + SCHEMAS.incrementAndGet() + "_"
        + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
    schema = schema.length() > 60 ? schema.substring(0, 60) : schema;
    DataSource dataSource = dataSource(schema);
    PostgresSchema.migrate(dataSource, schema);
    return dataSource;
  }

  /**
   * A new, independent data source (a small pool of its own) on an existing schema, as a second library
   * instance would have.
   *
   * @param schema the schema
   * @return a data source whose connections have the schema on their search path
   */
  public static DataSource dataSource(String schema) {
    return EmbeddedServer.pool(EmbeddedServer.shared(), schema, POOL_SIZE);
  }

  /**
   * The schema a data source made here works in.
   *
   * @param dataSource a data source from {@link #freshSchema(String)} or {@link #dataSource(String)}
   * @return its schema
   */
  public static String schemaOf(DataSource dataSource) {
    try {
      return dataSource.unwrap(PGSimpleDataSource.class).getCurrentSchema();
    } catch (SQLException e) {
      throw new DatabaseFailure(e);
    }
  }

  /**
   * Runs one statement outside the library, for test set-up and inspection.
   *
   * @param dataSource where
   * @param sql the statement
   */
  public static void execute(DataSource dataSource, String sql) {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new DatabaseFailure(e);
    }
  }
}
