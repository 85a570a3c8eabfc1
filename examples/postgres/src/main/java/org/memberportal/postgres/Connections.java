/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import org.apiguardian.api.API;
import org.memberportal.kernel.Transactions;

/**
 * Transactions as the JDBC stores see them: {@link #withConnection(SqlWork)} runs work on the connection of the
 * current transaction, so a store's writes commit with everything else that transaction does. Every store, the
 * event log and the outbox take this interface; there are two implementations:
 *
 * <ul>
 *   <li>{@link PostgresTransactions}, the default and framework-free: the library opens, commits and rolls back
 *       its own transactions on a connection bound to the thread;
 *   <li>{@link #joining(Transactions, ConnectionSource)}: the host's transaction manager owns the transaction and
 *       its connection (Spring's, a Jakarta EE container's, the host's own); the library joins it and never
 *       begins, commits or rolls back anything itself, so the host's rows and a library command commit or roll
 *       back together.
 * </ul>
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public interface Connections extends Transactions {

  /**
   * Work against a connection that may throw {@link SQLException}.
   *
   * @param <T> its result
   * @since 0.1.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
  @FunctionalInterface
  interface SqlWork<T> {

    /**
     * Runs the work.
     *
     * @param connection the transaction's connection
     * @return the result
     * @throws SQLException when the database refuses
     */
    T apply(Connection connection) throws SQLException;
  }

  /**
   * Runs JDBC work on the connection of the current transaction, or in a transaction of its own when none is open
   * (a query outside a command, a delivery run's claim).
   *
   * @param work the JDBC work; it never commits, rolls back or closes the connection
   * @param <T> its result
   * @return the work's result
   * @throws DatabaseFailure when the database refuses
   */
  <T> T withConnection(SqlWork<T> work);

  /**
   * The library's transactions joined to the host's: {@link #inTransaction} hands the work to the host's
   * transaction manager (which joins the transaction open on this thread, or begins one and commits it, as
   * Spring's {@code TransactionTemplate} does with its default propagation), and each store call runs on the
   * connection the host's source gives for that transaction. With Spring:
   *
   * <pre>{@code
   * TransactionTemplate template = new TransactionTemplate(transactionManager);
   * Connections connections = Connections.joining(new Transactions() {
   *       public <T> T inTransaction(Supplier<T> work) {
   *         return template.execute(status -> work.get());
   *       }
   *     }, new ConnectionSource() {
   *       public Connection connection() {
   *         return DataSourceUtils.getConnection(dataSource);
   *       }
   *       public void release(Connection connection) {
   *         DataSourceUtils.releaseConnection(connection, dataSource);
   *       }
   *     });
   * PostgresHost postgres = new PostgresHost(connections, clock);
   * }</pre>
   *
   * @param host the host's transactions: joins the open one, or begins, commits and rolls back its own
   * @param source the connection of the host's current transaction
   * @return transactions for {@link PostgresHost} and the stores
   */
  static Connections joining(Transactions host, ConnectionSource source) {
    return new JoinedTransactions(host, source);
  }
}
