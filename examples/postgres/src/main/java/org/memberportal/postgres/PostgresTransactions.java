/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Transactions on PostgreSQL, the library's own and the default {@link Connections}: one JDBC connection per
 * transaction, bound to the calling thread, joined by nested calls and by every JDBC store of the host (through
 * {@link #withConnection(SqlWork)}), committed when the outermost work returns and rolled back when it throws. A
 * host writes its own rows in the same transaction with {@link #withConnection(SqlWork)}; a host whose transaction
 * manager owns the transaction uses {@link Connections#joining} instead. Isolation is the database's default (READ
 * COMMITTED); stores rely on versioned updates, unique constraints and row locks, not on isolation. The event log's
 * and the outbox's appends wait for the transaction's next statement or its commit and then go in one round trip
 * ({@link Appends}): every statement sees the rows appended before it, and a command's events and letters cost one
 * round trip together.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class PostgresTransactions implements Connections {

  private static final Logger LOG = LoggerFactory.getLogger(PostgresTransactions.class);

  private final DataSource dataSource;
  private final ThreadLocal<Open> current = new ThreadLocal<>();

  /** The transaction open on a thread: its connection, and the appends not written yet. */
  private static final class Open {
    private final Connection connection;
    private @Nullable Appends appends;
    private @Nullable Map<String, Object> readAhead;

    Open(Connection connection) {
      this.connection = connection;
    }

    /**
     * Writes the waiting appends and forgets the rows read ahead, then returns the connection for the next
     * statement.
     */
    Connection flushed() throws SQLException {
      readAhead = null;
      if (appends != null) {
        appends.write(connection);
      }
      return connection;
    }
  }

  /**
   * Creates transactions over a data source (a pool, or the driver's own simple data source).
   *
   * @param dataSource where connections come from
   */
  public PostgresTransactions(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    if (current.get() != null) {
      return work.get();
    }
    Connection connection = open();
    Open open = new Open(connection);
    current.set(open);
    try {
      T result = work.get();
      open.flushed().commit();
      return result;
    } catch (SQLException e) {
      rollback(connection);
      throw new DatabaseFailure(e);
    } catch (RuntimeException | Error e) {
      rollback(connection);
      throw e;
    } finally {
      current.remove();
      close(connection);
    }
  }

  @Override
  public <T> T withConnection(SqlWork<T> work) {
    Open open = current.get();
    if (open != null) {
      // the usual case, a store inside a command: no wrapping supplier, one thread-local look-up
      return apply(work, open);
    }
    return inTransaction(() -> apply(work, current.get()));
  }

  private static <T> T apply(SqlWork<T> work, Open open) {
    try {
      return work.apply(open.flushed());
    } catch (SQLException e) {
      throw new DatabaseFailure(e);
    }
  }

  /**
   * Keeps a row (or rows) a statement read ahead of the reads that follow it in this transaction ({@link
   * ReadAhead}), until the transaction's next statement: no statement of this transaction can have changed it
   * before it is taken.
   *
   * @param key what was read, as {@link ReadAhead} names it
   * @param value what was read
   */
  void keepReadAhead(String key, Object value) {
    Open open = current.get();
    if (open != null) {
      if (open.readAhead == null) {
        open.readAhead = new HashMap<>();
      }
      open.readAhead.put(key, value);
    }
  }

  /**
   * Takes a row read ahead, once.
   *
   * @param key what was read
   * @return it, or null when nothing was read ahead under that key since this transaction's last statement
   */
  @Nullable Object takeReadAhead(String key) {
    Open open = current.get();
    return open == null || open.readAhead == null ? null : open.readAhead.remove(key);
  }

  /**
   * The appends of the transaction open on this thread, written before its next statement or at its commit.
   *
   * @return them, or null outside a transaction
   */
  @Nullable Appends appends() {
    Open open = current.get();
    if (open == null) {
      return null;
    }
    if (open.appends == null) {
      open.appends = new Appends();
    }
    return open.appends;
  }

  /**
   * Tells whether a transaction is open on this thread.
   *
   * @return true inside {@link #inTransaction(Supplier)}
   */
  public boolean inProgress() {
    return current.get() != null;
  }

  private Connection open() {
    try {
      Connection connection = dataSource.getConnection();
      connection.setAutoCommit(false);
      return connection;
    } catch (SQLException e) {
      throw new DatabaseFailure(e);
    }
  }

  private static void rollback(Connection connection) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      // the original failure matters more; the connection is closed next anyway
      LOG.warn("rollback failed with SQLSTATE {}", e.getSQLState());
    }
  }

  private static void close(Connection connection) {
    try {
      connection.close();
    } catch (SQLException e) {
      LOG.warn("closing a connection failed with SQLSTATE {}", e.getSQLState());
    }
  }
}
