/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import org.apiguardian.api.API;

/**
 * Where a host's transaction manager gives the connection of its current transaction, for
 * {@link Connections#joining}: Spring's {@code DataSourceUtils.getConnection(dataSource)} and
 * {@code releaseConnection}, or a host's own thread-bound connection. The library asks for the connection once
 * per store call, inside the host's transaction, and gives it back with {@link #release(Connection)} when the call
 * returns; it never commits, rolls back or closes it.
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
@FunctionalInterface
public interface ConnectionSource {

  /**
   * The connection of the transaction open on this thread.
   *
   * @return the connection, with auto-commit off
   * @throws SQLException when the database refuses
   */
  Connection connection() throws SQLException;

  /**
   * Gives the connection back after one store call; by default nothing (the transaction's owner closes it).
   *
   * @param connection what {@link #connection()} gave
   * @throws SQLException when the database refuses
   */
  default void release(Connection connection) throws SQLException {}
}
