/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.memberportal.kernel.Transactions;

/** The library's transactions joined to a host's transaction manager ({@link Connections#joining}). */
final class JoinedTransactions implements Connections {

  private final Transactions host;
  private final ConnectionSource source;

  JoinedTransactions(Transactions host, ConnectionSource source) {
    this.host = host;
    this.source = source;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return host.inTransaction(work);
  }

  @Override
  public <T> T withConnection(SqlWork<T> work) {
    return host.inTransaction(() -> {
      try {
        Connection connection = source.connection();
        try {
          return work.apply(connection);
        } finally {
          source.release(connection);
        }
      } catch (SQLException e) {
        throw new DatabaseFailure(e);
      }
    });
  }
}
