/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rows read ahead: a store's read that knows what the command reads next fetches it in the same round trip (several
 * queries in one statement, which pgjdbc sends together), and the stores that own those rows take them instead of
 * querying. Only in a transaction of {@link PostgresTransactions}, and only until its next statement: a row read
 * ahead is taken before anything in the transaction could change it, so the command sees what it would have read
 * (a fraction of a millisecond earlier, as if the reads had come back to back). A key is taken once.
 */
final class ReadAhead {

  /** Key prefix of an organisation's focal point seats ({@code Optional<FocalPointSeats>}), then its id. */
  static final String SEATS = "focal_point_seats:";
  /** Key prefix of an organisation ({@code Optional<Organisation>}), then its id. */
  static final String ORGANISATION = "organisation:";
  /** Key prefix of an account's affiliations ({@code List<Affiliation>}, in the register's order), then its id. */
  static final String AFFILIATIONS = "affiliations:";

  private ReadAhead() {}

  /** {@return whether rows read ahead are kept on these transactions, in a transaction open on this thread} */
  static boolean available(Connections transactions) {
    return transactions instanceof PostgresTransactions own && own.inProgress();
  }

  /**
   * The rows read ahead under a key, or the store's own read.
   *
   * @param transactions the store's transactions
   * @param key what the rows are
   * @param read the store's query, when nothing was read ahead
   * @param <T> the rows' type, as the store's query returns them
   * @return the rows
   */
  @SuppressWarnings("unchecked")
  static <T> T take(Connections transactions, String key, Connections.SqlWork<T> read) {
    if (transactions instanceof PostgresTransactions own) {
      Object kept = own.takeReadAhead(key);
      if (kept != null) {
        return (T) kept;
      }
    }
    return transactions.withConnection(read);
  }

  /** Keeps rows read ahead, when {@link #available}. */
  static void keep(Connections transactions, String key, Object rows) {
    if (transactions instanceof PostgresTransactions own) {
      own.keepReadAhead(key, rows);
    }
  }

  /**
   * Runs several queries, separated by semicolons, in one round trip.
   *
   * @param c the transaction's connection
   * @param sql the queries
   * @param binding the parameters of all of them, in order
   * @param use reads their results, in order
   * @param <T> what it makes of them
   * @return what {@code use} returns
   */
  static <T> T of(Connection c, String sql, Sql.Binding binding, Use<T> use) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      binding.bind(Sql.bind(statement));
      statement.execute();
      return use.apply(new Reads(statement));
    }
  }

  /** Reads the results of {@link #of}. */
  @FunctionalInterface
  interface Use<T> {
    T apply(Reads reads) throws SQLException;
  }

  /** The results of {@link #of}, read one query after the other. */
  static final class Reads {
    private final PreparedStatement statement;
    private boolean first = true;

    private Reads(PreparedStatement statement) {
      this.statement = statement;
    }

    /**
     * The next query's rows.
     *
     * @param reader reads one row
     * @return the rows
     */
    <T> List<T> next(Sql.Reader<T> reader) throws SQLException {
      if (!first && !statement.getMoreResults()) {
        throw new SQLException("fewer results than queries", "02000");
      }
      first = false;
      List<T> found = new ArrayList<>();
      try (ResultSet rows = statement.getResultSet()) {
        while (rows.next()) {
          found.add(reader.read(rows));
        }
      }
      return found;
    }

    /** Keeps the next query's row, if any, as an {@code Optional} under the key. */
    <T> void keepOne(Connections transactions, String key, Sql.Reader<T> reader) throws SQLException {
      keep(transactions, key, next(reader).stream().findFirst());
    }
  }
}
