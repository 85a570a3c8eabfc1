package org.memberportal.examples.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.memberportal.examples.postgres.ConnectionPool;
import org.memberportal.examples.postgres.DatabaseFailure;
import org.memberportal.examples.postgres.PostgresSchema;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL the benchmarks B1 and B3pg run on: one embedded server (io.zonky, binaries from Maven Central)
 * per JVM, started on first use and stopped by its shutdown hook, and a fresh migrated schema per benchmark state.
 * Durability is off (no fsync, asynchronous commit), as in the examples' tests: a commit then costs a round trip,
 * not a disk flush, so the library's own cost is a larger share of each command, the harsher test for B1; it also
 * keeps other builds' disk traffic on this shared machine out of the figures.
 */
final class BenchDatabase {

  /** Connections per pool: the benchmarks run on one thread; the relay-free host needs one at a time. */
  private static final int POOL_SIZE = 4;
  private static final AtomicInteger SCHEMAS = new AtomicInteger();
  private static EmbeddedPostgres server;

  private BenchDatabase() {}

  /**
   * A new schema with every Flyway migration applied, and a pool whose connections work in it.
   *
   * @param name a readable part of the schema's name
   * @return the pool
   */
  static ConnectionPool freshSchema(String name) {
    String schema = "bench" + SCHEMAS.incrementAndGet() + "_" + name;
    ConnectionPool pool = pool(schema);
    PostgresSchema.migrate(pool, schema);
    return pool;
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

  private static ConnectionPool pool(String schema) {
    EmbeddedPostgres pg = server();
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setServerNames(new String[] {"localhost"});
    ds.setPortNumbers(new int[] {pg.getPort()});
    ds.setDatabaseName("postgres");
    ds.setUser("postgres");
    ds.setCurrentSchema(schema);
    return new ConnectionPool(ds, POOL_SIZE, Duration.ofSeconds(30));
  }

  private static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder()
            .setServerConfig("fsync", "off")
            .setServerConfig("synchronous_commit", "off")
            .setServerConfig("full_page_writes", "off")
            // a loaded machine can take longer than the default 10 s to start it
            .setPGStartupWait(Duration.ofSeconds(60))
            .setRegisterShutdownHook(true)
            .start();
      } catch (IOException e) {
        throw new UncheckedIOException("embedded PostgreSQL did not start", e);
      }
    }
    return server;
  }
}
