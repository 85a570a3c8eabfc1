/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import javax.sql.DataSource;
import org.apiguardian.api.API;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Creates or upgrades the library's tables with Flyway, from the migrations in {@code db/migration} on the
 * class path. A host runs it once at start-up, before building its services.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class PostgresSchema {

  /** Where the migrations live on the class path. */
  public static final String LOCATION = "classpath:db/migration";

  private PostgresSchema() {}

  /**
   * Migrates the given schema (created when missing) to the latest version.
   *
   * @param dataSource the database
   * @param schema the schema holding the library's tables; connections must have it on their search path
   * @return how many migrations were applied
   */
  public static int migrate(DataSource dataSource, String schema) {
    MigrateResult result = Flyway.configure()
        .dataSource(dataSource)
        .schemas(schema)
        .defaultSchema(schema)
        .createSchemas(true)
        .locations(LOCATION)
        .load()
        .migrate();
    return result.migrationsExecuted;
  }
}
