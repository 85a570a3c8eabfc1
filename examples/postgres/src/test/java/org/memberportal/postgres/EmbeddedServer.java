/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.apiguardian.api.API;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The examples' embedded PostgreSQL (io.zonky, binaries from Maven Central, nothing to install): the one server the
 * benchmarks and the tests of a JVM share, and HikariCP pools on a schema of a server. The shared server runs without
 * durability (no fsync, asynchronous commit): a commit costs a round trip, not a disk flush, and other builds' disk
 * traffic stays out of the figures.
 *
 * @since 0.1.0
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class EmbeddedServer {

  private static EmbeddedPostgres shared;

  private EmbeddedServer() {}

  /**
   * The JVM's shared server, started on first use and stopped by its shutdown hook when the JVM exits.
   *
   * @return the server
   */
  public static synchronized EmbeddedPostgres shared() {
    if (shared == null) {
      try {
        shared = EmbeddedPostgres.builder()
            .setServerConfig("fsync", "off")
            .setServerConfig("synchronous_commit", "off")
            .setServerConfig("full_page_writes", "off")
            // many test classes, each with a pool of its own, on one server
            .setServerConfig("max_connections", "300")
            // a loaded machine can take longer than the default 10 s to start it
            .setPGStartupWait(Duration.ofSeconds(60))
            .setRegisterShutdownHook(true)
            .start();
      } catch (IOException e) {
        throw new UncheckedIOException("embedded PostgreSQL did not start", e);
      }
    }
    return shared;
  }

  /**
   * A HikariCP pool whose connections work in a schema of a server: at most {@code size} connections, opened on
   * demand (one kept idle; the others retire after Hikari's idle timeout, ten minutes), a caller waiting at most
   * 30 seconds for a free one before the command fails as unavailable. Hikari checks a connection idle for more
   * than half a second before lending it, and discards one whose use failed with a broken-connection SQLSTATE. A
   * production host would rather keep a fixed-size pool (docs/postgres.md); here many test classes each hold a
   * pool on one server, so the connections only open when used.
   *
   * @param server the server
   * @param schema the schema, first on the connections' search path
   * @param size connections lent at once
   * @return the pool; {@link HikariDataSource#unwrap} gives its {@link PGSimpleDataSource}
   */
  public static HikariDataSource pool(EmbeddedPostgres server, String schema, int size) {
    PGSimpleDataSource driver = new PGSimpleDataSource();
    driver.setServerNames(new String[] {"localhost"});
    driver.setPortNumbers(new int[] {server.getPort()});
    driver.setDatabaseName("postgres");
    driver.setUser("postgres");
    driver.setCurrentSchema(schema);
    HikariConfig config = new HikariConfig();
    config.setDataSource(driver);
    config.setPoolName("portal-" + schema);
    config.setMaximumPoolSize(size);
    config.setMinimumIdle(1);
    config.setConnectionTimeout(Duration.ofSeconds(30).toMillis());
    return new HikariDataSource(config);
  }
}
