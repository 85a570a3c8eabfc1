/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import java.sql.SQLException;
import org.apiguardian.api.API;

/**
 * A database call failed: the unchecked wrapper of a {@link SQLException} that the JDBC adapters throw, so
 * the kernel's {@code Host} turns it into {@code Unavailable} (or an adapter maps it to a domain error first,
 * e.g. a unique violation to {@code Conflict}).
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class DatabaseFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** SQLSTATE of a unique constraint violation. */
  public static final String UNIQUE_VIOLATION = "23505";

  /** SQLSTATE of a serialization failure. */
  public static final String SERIALIZATION_FAILURE = "40001";

  private final String sqlState;

  /**
   * Wraps a JDBC failure.
   *
   * @param cause the failure
   */
  public DatabaseFailure(SQLException cause) {
    // the SQLSTATE only: a driver message may quote the row's values, which may be personal data
    super("database call failed with SQLSTATE " + cause.getSQLState(), cause);
    this.sqlState = cause.getSQLState() == null ? "" : cause.getSQLState();
  }

  /**
   * The SQLSTATE of the failure, empty when the driver gave none.
   *
   * @return the code
   */
  public String sqlState() {
    return sqlState;
  }

  /**
   * Tells whether a unique constraint refused the write.
   *
   * @return true for a unique violation
   */
  public boolean isUniqueViolation() {
    return UNIQUE_VIOLATION.equals(sqlState);
  }
}
