/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.memberportal.kernel.EventBus;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.Unavailable;
import org.memberportal.kernel.testkit.MutableClock;
import org.postgresql.PGConnection;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * What the adapter promises over a pool (here HikariCP with one connection, so that every command meets the
 * connection the previous one left): a connection the server dropped costs at most the command that was using it,
 * and is never lent again; a command that finds no free connection fails as unavailable within the pool's timeout
 * rather than waiting; a failed command hands its connection back rolled back, for the next command to reuse.
 */
class PooledConnectionsTests {

  private static final DataSource DATABASE = EmbeddedDatabase.freshSchema("pooled");
  private final HikariDataSource pool = singleConnection(Duration.ofMillis(250));
  private final PostgresTransactions transactions = new PostgresTransactions(pool);

  private static HikariDataSource singleConnection(Duration wait) {
    try {
      HikariConfig config = new HikariConfig();
      config.setDataSource(DATABASE.unwrap(PGSimpleDataSource.class));
      config.setMaximumPoolSize(1);
      config.setConnectionTimeout(wait.toMillis());
      return new HikariDataSource(config);
    } catch (SQLException e) {
      throw new DatabaseFailure(e);
    }
  }

  @AfterEach
  void closePool() {
    pool.close();
  }

  @AfterAll
  static void close() {
    ((HikariDataSource) DATABASE).close();
  }

  private static int backendPid(Connection c) throws SQLException {
    return c.unwrap(PGConnection.class).getBackendPID();
  }

  private static int eventsAbout(String subject) {
    try (Connection c = DATABASE.getConnection(); Statement s = c.createStatement();
         var rows = s.executeQuery("select count(*) from event_log where subject = '" + subject + "'")) {
      rows.next();
      return rows.getInt(1);
    } catch (SQLException e) {
      throw new DatabaseFailure(e);
    }
  }

  @Test
  void aConnectionTheServerDroppedFailsOneCommandAndIsNotLentAgain() {
    int dropped = transactions.withConnection(PooledConnectionsTests::backendPid);

    assertThatThrownBy(() -> transactions.inTransaction(() -> transactions.withConnection(c -> {
      EmbeddedDatabase.execute(DATABASE, "select pg_terminate_backend(" + backendPid(c) + ")");
      try (Statement s = c.createStatement()) {
        return s.execute("select 1");
      }
    }))).isInstanceOf(DatabaseFailure.class);

    int next = transactions.withConnection(PooledConnectionsTests::backendPid);
    assertThat(next).isNotEqualTo(dropped);
    boolean valid = transactions.withConnection(c -> c.isValid(1));
    assertThat(valid).isTrue();
  }

  @Test
  void aCommandThatFindsNoFreeConnectionFailsAsUnavailableWithinThePoolsTimeout() throws Exception {
    Host host = new Host(transactions, new EventBus(new PostgresEventLog(transactions)),
        new PostgresOutbox(transactions), MutableClock.atStart());
    try (Connection held = pool.getConnection()) {
      long start = System.nanoTime();

      assertThatThrownBy(() -> host.command(() -> new Outcome<>("never", List.of())))
          .isInstanceOf(Unavailable.class)
          .hasCauseInstanceOf(DatabaseFailure.class);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
      assertThat(held.isValid(1)).isTrue();
    }
  }

  @Test
  void aFailedCommandHandsItsConnectionBackRolledBackForTheNextCommand() throws Exception {
    String subject = "pool:" + UUID.randomUUID();
    int[] pids = new int[2];

    assertThatThrownBy(() -> transactions.inTransaction(() -> transactions.withConnection(c -> {
      pids[0] = backendPid(c);
      try (Statement s = c.createStatement()) {
        s.execute("insert into event_log (subject, type, event_class, occurred_at, actor_kind, actor_locale,"
            + " attributes) values ('" + subject + "', 't', 'c', now(), 'System', 'en', '')");
      }
      throw new IllegalStateException("the command fails after its write");
    }))).isInstanceOf(IllegalStateException.class);

    try (Connection c = pool.getConnection()) {
      pids[1] = backendPid(c);
      assertThat(c.getAutoCommit()).isTrue();
    }
    assertThat(pids[1]).isEqualTo(pids[0]);
    assertThat(eventsAbout(subject)).isZero();
  }
}
