/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.spring;

import java.sql.Connection;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.memberportal.kernel.Transactions;
import org.memberportal.postgres.ConnectionSource;
import org.memberportal.postgres.Connections;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The library's transactions on Spring's transaction manager ({@link Connections#joining}): every store call runs
 * on the connection of Spring's current transaction ({@link DataSourceUtils}), so a library command and the
 * application's own rows commit or roll back together.
 *
 * <p>The rule of a library call ({@link #inTransaction}):
 *
 * <ul>
 *   <li>inside an application transaction ({@code @Transactional}), the call runs in a nested transaction, a
 *       savepoint of the application's: what the command wrote commits with the application's transaction, and a
 *       command that throws (a refusal) undoes its own writes only, so the application may catch the refusal and
 *       go on;
 *   <li>with no transaction open, the call begins one and commits it when it returns;
 *   <li>inside a library call (a store call in a command), it joins that call's transaction.
 * </ul>
 */
final class SpringTransactions implements Transactions {

  private final TransactionTemplate own;
  private final TransactionTemplate nested;
  private final ThreadLocal<Integer> depth = ThreadLocal.withInitial(() -> 0);

  private SpringTransactions(PlatformTransactionManager manager) {
    this.own = new TransactionTemplate(manager);
    this.nested = new TransactionTemplate(manager);
    nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /**
   * The library's transactions joined to Spring's.
   *
   * @param manager Spring's transaction manager of the data source (one that supports savepoints, as
   *     {@code DataSourceTransactionManager} and {@code JdbcTransactionManager} do)
   * @param dataSource the data source whose connections the manager binds to its transactions
   * @return the connections for {@code PostgresHost} and the stores
   */
  static Connections joining(PlatformTransactionManager manager, DataSource dataSource) {
    return Connections.joining(new SpringTransactions(manager), new ConnectionSource() {
      @Override
      public Connection connection() {
        return DataSourceUtils.getConnection(dataSource);
      }

      @Override
      public void release(Connection connection) {
        DataSourceUtils.releaseConnection(connection, dataSource);
      }
    });
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    int outer = depth.get();
    if (outer > 0) {
      return work.get();
    }
    TransactionTemplate template =
        TransactionSynchronizationManager.isActualTransactionActive() ? nested : own;
    depth.set(outer + 1);
    try {
      return template.execute(status -> work.get());
    } finally {
      depth.remove();
    }
  }
}
