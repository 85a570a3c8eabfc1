/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.ds.PGSimpleDataSource;

class ConnectionPoolTests {

  private static final DataSource DATABASE = EmbeddedDatabase.freshSchema("pool");
  private final ConnectionPool pool = new ConnectionPool(
      unwrap(DATABASE), 2, Duration.ofMillis(200));

  private static PGSimpleDataSource unwrap(DataSource ds) {
    try {
      return ds.unwrap(PGSimpleDataSource.class);
    } catch (SQLException e) {
      throw new DatabaseFailure(e);
    }
  }

  @AfterEach
  void close() {
    pool.close();
  }

  private static int backendPid(Connection c) throws SQLException {
    return c.unwrap(PGConnection.class).getBackendPID();
  }

  @Test
  void connectionHandedBackIsLentAgain() throws Exception {
    int first;
    try (Connection c = pool.getConnection()) {
      first = backendPid(c);
    }
    try (Connection c = pool.getConnection()) {
      assertThat(backendPid(c)).isEqualTo(first);
    }
  }

  @Test
  void connectionHandedBackMidTransactionIsRolledBackAndInAutoCommit() throws Exception {
    try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      s.execute("insert into event_log (subject, type, event_class, occurred_at, actor_kind, actor_locale,"
          + " attributes) values ('pool:1', 't', 'c', now(), 'System', 'en', '')");
    }
    try (Connection c = pool.getConnection(); Statement s = c.createStatement();
         var rows = s.executeQuery("select count(*) from event_log where subject = 'pool:1'")) {
      rows.next();
      assertThat(rows.getInt(1)).isZero();
      assertThat(c.getAutoCommit()).isTrue();
    }
  }

  @Test
  void noMoreThanSizeConnectionsAreLentAtOnce() throws Exception {
    try (Connection a = pool.getConnection(); Connection b = pool.getConnection()) {
      assertThat(a.isValid(1) && b.isValid(1)).isTrue();
      assertThatThrownBy(pool::getConnection).isInstanceOf(SQLTransientConnectionException.class);
    }
    try (Connection again = pool.getConnection()) {
      assertThat(again.isValid(1)).isTrue();
    }
  }

  @Test
  void connectionHandedBackRefusesFurtherUse() throws Exception {
    Connection c = pool.getConnection();
    c.close();

    assertThat(c.isClosed()).isTrue();
    assertThatThrownBy(c::createStatement).isInstanceOf(SQLException.class);
  }
}
