/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.memberportal.postgres.DatabaseFailure;
import org.memberportal.postgres.EmbeddedServer;
import org.memberportal.postgres.PostgresSchema;

/**
 * The PostgreSQL the benchmarks B1 and B3pg run on: the JVM's shared embedded server ({@link EmbeddedServer}) and a
 * fresh migrated schema per benchmark state. Its durability is off, as in the examples' tests: a commit then costs
 * a round trip, not a disk flush, so the library's own cost is a larger share of each command, the harsher test for
 * B1.
 */
final class BenchDatabase {

  /** Connections per pool: the benchmarks run on one thread; the relay-free host needs one at a time. */
  private static final int POOL_SIZE = 4;
  private static final AtomicInteger SCHEMAS = new AtomicInteger();

  private BenchDatabase() {}

  /**
   * A new schema with every Flyway migration applied, and a pool whose connections work in it.
   *
   * @param name a readable part of the schema's name
   * @return the pool
   */
  static DataSource freshSchema(String name) {
    return freshSchema(name, 1, POOL_SIZE).get(0);
  }

  /**
   * A new migrated schema shared by several library instances, each with a pool of its own.
   *
   * @param name a readable part of the schema's name
   * @param instances how many pools
   * @param connections connections per pool
   * @return the pools
   */
  static List<DataSource> freshSchema(String name, int instances, int connections) {
    String schema = "bench" + SCHEMAS.incrementAndGet() + "_" + name;
    List<DataSource> pools = new ArrayList<>();
    for (int i = 0; i < instances; i++) {
      pools.add(EmbeddedServer.pool(EmbeddedServer.shared(), schema, connections));
    }
    PostgresSchema.migrate(pools.get(0), schema);
    return List.copyOf(pools);
  }

  /**
   * Runs statements outside the library (bulk loading, {@code analyze}), in one transaction.
   *
   * @param pool where
   * @param sql the statements
   */
  static void execute(DataSource pool, String... sql) {
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        for (String statement : sql) {
          s.execute(statement);
        }
      }
      c.commit();
    } catch (SQLException e) {
      throw new DatabaseFailure(e);
    }
  }

  /**
   * Vacuums and analyses the schema's tables after a bulk load, leaving them as autovacuum leaves a database that
   * grew in production: planner statistics, a visibility map, and GIN indexes whose pending list is merged (right
   * after a bulk insert, each GIN search scans the whole pending list, which made keyword search and alert matching
   * grow with the data for a reason no production database keeps for long).
   *
   * @param pool the schema's connections
   */
  static void vacuum(DataSource pool) {
    try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
      // VACUUM refuses to run inside a transaction block
      c.setAutoCommit(true);
      s.execute("vacuum analyze");
    } catch (SQLException e) {
      throw new DatabaseFailure(e);
    }
  }

}
