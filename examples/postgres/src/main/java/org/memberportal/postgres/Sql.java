/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.KernelRefusals;
import org.postgresql.PGStatement;

/**
 * Small JDBC helpers shared by the module stores: nullable columns, instants as {@code timestamptz} in UTC, and
 * a statement builder that numbers its parameters so long column lists stay readable.
 */
final class Sql {

  private Sql() {}

  /**
   * Takes a row's values in the order of its columns: bound to a statement's parameters ({@link #bind}), or written
   * as a line of {@code COPY} text ({@link CopyRows}), so a store states its row once for both.
   */
  interface Binder {

    Binder text(@Nullable String value) throws SQLException;

    default Binder text(Optional<String> value) throws SQLException {
      return text(value.orElse(null));
    }

    Binder uuid(@Nullable UUID value) throws SQLException;

    Binder instant(@Nullable Instant value) throws SQLException;

    Binder integer(int value) throws SQLException;

    Binder number(long value) throws SQLException;

    Binder bool(boolean value) throws SQLException;

    Binder uuids(Collection<UUID> values) throws SQLException;

    Binder texts(Collection<String> values) throws SQLException;
  }

  /** Binds parameters in order. */
  private static final class StatementBinder implements Binder {
    private final PreparedStatement statement;
    private int index;

    StatementBinder(PreparedStatement statement) {
      this.statement = statement;
    }

    @Override
    public Binder text(@Nullable String value) throws SQLException {
      statement.setString(++index, value);
      return this;
    }

    @Override
    public Binder uuid(@Nullable UUID value) throws SQLException {
      statement.setObject(++index, value, Types.OTHER);
      return this;
    }

    @Override
    public Binder instant(@Nullable Instant value) throws SQLException {
      if (value == null) {
        statement.setNull(++index, Types.TIMESTAMP_WITH_TIMEZONE);
      } else {
        statement.setObject(++index, timestamp(value));
      }
      return this;
    }

    @Override
    public Binder integer(int value) throws SQLException {
      statement.setInt(++index, value);
      return this;
    }

    @Override
    public Binder number(long value) throws SQLException {
      statement.setLong(++index, value);
      return this;
    }

    @Override
    public Binder bool(boolean value) throws SQLException {
      statement.setBoolean(++index, value);
      return this;
    }

    @Override
    public Binder uuids(Collection<UUID> values) throws SQLException {
      statement.setArray(++index, statement.getConnection().createArrayOf("uuid", values.toArray()));
      return this;
    }

    @Override
    public Binder texts(Collection<String> values) throws SQLException {
      statement.setArray(++index, statement.getConnection().createArrayOf("text", values.toArray()));
      return this;
    }
  }

  /** Binds a statement's parameters. */
  @FunctionalInterface
  interface Binding {
    void bind(Binder binder) throws SQLException;
  }

  /** Statements run on a connection. */
  @FunctionalInterface
  interface Work<T> {
    T run() throws SQLException;
  }

  /** Reads the current row. */
  @FunctionalInterface
  interface Reader<T> {
    T read(ResultSet rows) throws SQLException;
  }

  static <T> List<T> list(Connection c, String sql, Binding binding, Reader<T> reader) throws SQLException {
    try (PreparedStatement select = c.prepareStatement(sql)) {
      return read(select, binding, reader);
    }
  }

  /**
   * Like {@link #list}, but PostgreSQL plans the query for the values bound on every execution. pgjdbc turns a
   * statement executed five times into a named server-side statement, and PostgreSQL then may switch it to a generic
   * plan made without the values: for the GIN-indexed criteria of alert matching and the openings' filters, that
   * plan estimates every criterion alike and intersects all the indexes (reading, for alert matching, every alert of
   * the vacancy's type and grade: its cost grew with the number of alerts, B3pg), where the plan for the values
   * reads only the selective one. Planning each time costs a fraction of a millisecond.
   */
  static <T> List<T> listPlannedForValues(Connection c, String sql, Binding binding, Reader<T> reader)
      throws SQLException {
    try (PreparedStatement select = c.prepareStatement(sql)) {
      // threshold 0: an unnamed statement, which PostgreSQL plans with the bound values
      select.unwrap(PGStatement.class).setPrepareThreshold(0);
      return read(select, binding, reader);
    }
  }

  private static <T> List<T> read(PreparedStatement select, Binding binding, Reader<T> reader) throws SQLException {
    binding.bind(bind(select));
    List<T> found = new ArrayList<>();
    try (ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        found.add(reader.read(rows));
      }
    }
    return found;
  }

  static <T> Optional<T> one(Connection c, String sql, Binding binding, Reader<T> reader) throws SQLException {
    List<T> found = list(c, sql, binding, reader);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  static boolean exists(Connection c, String sql, Binding binding) throws SQLException {
    return one(c, sql, binding, rows -> Boolean.TRUE).isPresent();
  }

  static int update(Connection c, String sql, Binding binding) throws SQLException {
    try (PreparedStatement write = c.prepareStatement(sql)) {
      binding.bind(bind(write));
      return write.executeUpdate();
    }
  }

  /**
   * Writes one versioned row with a statement that writes nothing unless the stored version is the one expected
   * (an update {@code where ... and version = ?}, an insert {@code on conflict do nothing}): no row written means
   * another transaction wrote first.
   *
   * @param stale what changed, for the conflict's message
   * @throws Conflict {@link KernelRefusals#STALE_VERSION} when no row was written
   */
  static void versionedWrite(Connection c, String sql, Binding binding, String stale) throws SQLException {
    writeOrRefuse(c, sql, binding, KernelRefusals.STALE_VERSION, stale);
  }

  /**
   * Writes with a statement that writes nothing when the write is refused (an insert {@code on conflict do nothing}
   * whose row a unique constraint turns away, an update whose condition fails).
   *
   * @param reason the refusal when no row was written
   * @param message what was refused, for the conflict's message
   * @throws Conflict for {@code reason} when no row was written
   */
  static void writeOrRefuse(Connection c, String sql, Binding binding, String reason, String message)
      throws SQLException {
    if (update(c, sql, binding) == 0) {
      throw new Conflict(reason, message);
    }
  }

  /**
   * Runs a write whose unique violation is a refusal: a racing transaction took the key first, and this one,
   * aborted by PostgreSQL, is refused (and rolls back).
   *
   * @param write the write
   * @param refusal the refusal of a unique violation
   * @return what the write returned
   * @throws Conflict {@code refusal} on a unique violation
   */
  static <T> T refusingDuplicate(Work<T> write, Supplier<Conflict> refusal) throws SQLException {
    try {
      return write.run();
    } catch (SQLException e) {
      if (DatabaseFailure.UNIQUE_VIOLATION.equals(e.getSQLState())) {
        throw refusal.get();
      }
      throw e;
    }
  }

  static Set<String> texts(ResultSet rows, String column) throws SQLException {
    Array array = rows.getArray(column);
    Set<String> values = new LinkedHashSet<>();
    if (array != null) {
      for (Object value : (Object[]) array.getArray()) {
        values.add((String) value);
      }
    }
    return values;
  }

  static Set<UUID> uuids(ResultSet rows, String column) throws SQLException {
    Array array = rows.getArray(column);
    Set<UUID> values = new LinkedHashSet<>();
    if (array != null) {
      for (Object value : (Object[]) array.getArray()) {
        values.add((UUID) value);
      }
    }
    return values;
  }

  static Optional<UUID> optionalUuid(ResultSet rows, String column) throws SQLException {
    return Optional.ofNullable(rows.getObject(column, UUID.class));
  }

  /**
   * An instant as the {@code timestamptz} parameter pgjdbc binds, in UTC. Built from its epoch seconds rather than
   * with {@code OffsetDateTime.ofInstant(instant, UTC)}, which on Java 17 makes a new {@code ZoneRules} for the
   * offset on every call (ZoneOffset.getRules), which a profile of B1 found on every command's path.
   */
  static OffsetDateTime timestamp(Instant instant) {
    return OffsetDateTime.of(LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC),
        ZoneOffset.UTC);
  }

  static Binder bind(PreparedStatement statement) {
    return new StatementBinder(statement);
  }

  static @Nullable Instant instant(ResultSet rows, String column) throws SQLException {
    OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  static Instant requiredInstant(ResultSet rows, String column) throws SQLException {
    OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
    if (value == null) {
      throw new SQLException("column " + column + " is null", "22004");
    }
    return value.toInstant();
  }

  static Optional<String> optionalText(ResultSet rows, String column) throws SQLException {
    return Optional.ofNullable(rows.getString(column));
  }

  static UUID uuid(ResultSet rows, String column) throws SQLException {
    return rows.getObject(column, UUID.class);
  }
}
