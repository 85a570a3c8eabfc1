/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A deliberately small connection pool, so the examples need no pool library: at most {@code size}
 * connections lent at once, idle ones kept and checked before reuse, and each one handed back rolled back and
 * in auto-commit mode. Opening a PostgreSQL connection costs a server process (milliseconds); reusing one
 * costs a validity check. A production host would rather use its own pool (HikariCP, Agroal...).
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ConnectionPool implements DataSource, AutoCloseable {

  private static final int VALIDATION_SECONDS = 2;

  private final DataSource physical;
  private final Semaphore lendable;
  private final Duration wait;
  private final BlockingDeque<Connection> idle = new LinkedBlockingDeque<>();
  private volatile boolean closed;

  /**
   * Creates a pool over a non-pooling data source, such as the driver's {@code PGSimpleDataSource}.
   *
   * @param physical where new connections come from
   * @param size most connections lent at once
   * @param wait how long a caller waits for a free connection before failing
   */
  public ConnectionPool(DataSource physical, int size, Duration wait) {
    this.physical = physical;
    this.lendable = new Semaphore(size, true);
    this.wait = wait;
  }

  @Override
  public Connection getConnection() throws SQLException {
    if (closed) {
      throw new SQLTransientConnectionException("the pool is closed", "08003");
    }
    try {
      if (!lendable.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new SQLTransientConnectionException("no connection free within " + wait, "08001");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLTransientConnectionException("interrupted while waiting for a connection", "08001", e);
    }
    try {
      return lend(reusableOrNew());
    } catch (SQLException | RuntimeException e) {
      lendable.release();
      throw e;
    }
  }

  private Connection reusableOrNew() throws SQLException {
    Connection c;
    while ((c = idle.pollFirst()) != null) {
      if (c.isValid(VALIDATION_SECONDS)) {
        return c;
      }
      closeQuietly(c);
    }
    return physical.getConnection();
  }

  private Connection lend(Connection physicalConnection) {
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
        new Class<?>[] {Connection.class}, new Lent(physicalConnection));
  }

  /** Forwards calls to the physical connection until closed, then hands it back to the pool. */
  private final class Lent implements InvocationHandler {

    private final Connection connection;
    private boolean returned;

    Lent(Connection connection) {
      this.connection = connection;
    }

    @Override
    public @Nullable Object invoke(Object proxy, Method method, @Nullable Object[] args) throws Throwable {
      switch (method.getName()) {
        case "close" -> {
          giveBack();
          return null;
        }
        case "isClosed" -> {
          return returned || connection.isClosed();
        }
        case "equals" -> {
          return args != null && proxy == args[0];
        }
        case "hashCode" -> {
          return System.identityHashCode(proxy);
        }
        case "toString" -> {
          return "pooled " + connection;
        }
        default -> {
          if (returned) {
            throw new SQLException("connection already handed back to the pool", "08003");
          }
          try {
            return method.invoke(connection, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        }
      }
    }

    private synchronized void giveBack() {
      if (returned) {
        return;
      }
      returned = true;
      try {
        // the next borrower must not inherit an open transaction or a changed mode
        if (!connection.getAutoCommit()) {
          connection.rollback();
          connection.setAutoCommit(true);
        }
        if (closed) {
          closeQuietly(connection);
        } else {
          idle.offerFirst(connection);
        }
      } catch (SQLException e) {
        closeQuietly(connection);
      } finally {
        lendable.release();
      }
    }
  }

  /** Closes the idle connections and refuses new loans; lent ones are closed when handed back. */
  @Override
  public void close() {
    closed = true;
    Connection c;
    while ((c = idle.pollFirst()) != null) {
      closeQuietly(c);
    }
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException e) {
      // it is being discarded anyway
    }
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException("the pool's connections all use its data source's account");
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return physical.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    physical.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    physical.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return physical.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return physical.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    return physical.unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return iface.isInstance(this) || physical.isWrapperFor(iface);
  }
}
