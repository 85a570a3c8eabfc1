/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Counts the round trips to PostgreSQL that the code above a data source costs, with pgjdbc's rules: every
 * execution of a statement is one (pgjdbc sends the parse, bind and execute of a statement together, and a batch in
 * one go), and so are a commit, a rollback or a switch back to auto-commit that ends a transaction in which a
 * statement ran (pgjdbc sends nothing when none did: its {@code BEGIN} goes out with the first statement), and a
 * {@code Connection.isValid}. Preparing or closing a statement and switching auto-commit off cost none.
 *
 * <p>It wraps the data source it is given, so what a pool does below it (HikariCP checks a connection only when it
 * was idle for more than half a second) is not counted: the count is the library's own. Not for timed runs: every
 * call goes through a reflective proxy.
 */
final class RoundTrips {

  private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
      "executeLargeUpdate", "executeBatch", "executeLargeBatch");

  private final AtomicLong count = new AtomicLong();

  /**
   * A data source whose connections count their round trips here.
   *
   * @param dataSource the real one
   * @return the counting one
   */
  DataSource counting(DataSource dataSource) {
    return proxy(DataSource.class, dataSource, (method, args, result) -> result instanceof Connection c
        ? new Counted(c).connection() : result);
  }

  /**
   * The round trips counted since the last call.
   *
   * @return how many
   */
  long take() {
    return count.getAndSet(0);
  }

  /** One connection's calls: whether a transaction is open decides what a commit costs. */
  private final class Counted {
    private final Connection target;
    private boolean autoCommit;
    private boolean statementRan;

    Counted(Connection target) {
      this.target = target;
    }

    Connection connection() throws Exception {
      autoCommit = target.getAutoCommit();
      return proxy(Connection.class, target, this::after);
    }

    private Object after(String method, Object[] args, Object result) {
      switch (method) {
        case "createStatement" -> {
          return proxy(Statement.class, result, this::statement);
        }
        case "prepareStatement" -> {
          return proxy(PreparedStatement.class, result, this::statement);
        }
        case "prepareCall" -> {
          return proxy(CallableStatement.class, result, this::statement);
        }
        case "commit", "rollback" -> endTransaction();
        case "setAutoCommit" -> {
          boolean on = (Boolean) args[0];
          if (on && !autoCommit) {
            endTransaction();
          }
          autoCommit = on;
        }
        case "isValid" -> count.incrementAndGet();
        default -> {
          // no round trip
        }
      }
      return result;
    }

    private Object statement(String method, Object[] args, Object result) {
      if (EXECUTIONS.contains(method)) {
        count.incrementAndGet();
        statementRan |= !autoCommit;
      }
      return result;
    }

    private void endTransaction() {
      if (statementRan) {
        count.incrementAndGet();
      }
      statementRan = false;
    }
  }

  /** What to do with a call's result. */
  private interface After {
    Object apply(String method, Object[] args, Object result) throws Exception;
  }

  private static <T> T proxy(Class<T> type, Object target, After after) {
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, method, args) -> {
      Object result;
      try {
        result = method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
      return after.apply(method.getName(), args == null ? new Object[0] : args, result);
    }));
  }
}
