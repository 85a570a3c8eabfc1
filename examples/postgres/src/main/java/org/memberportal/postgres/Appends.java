/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.Notification;

/**
 * The rows a transaction appends to the event log and the outbox, written together in <b>one round trip</b>: one
 * statement whose data-modifying CTEs insert the event rows, the letters (each {@code on conflict do nothing}
 * under its idempotency key) and the parameters of the letters that were new, every column bound as an array.
 * In a transaction of {@link PostgresTransactions} the rows wait until the transaction's next statement or its
 * commit, whichever comes first, so that the statement after them sees them and a command's appends (its events,
 * its letters) cost one round trip together; anywhere else they are written at once, still in one statement.
 * Within one batch a second letter under an idempotency key already queued is dropped, as the outbox drops a
 * letter whose key it holds.
 */
final class Appends {

  private static final String WRITE = """
      with events as (
        insert into event_log (%s)
        select subject, type, event_class, occurred_at, actor_kind, actor_ref, actor_locale, detail, attributes
        from unnest(?::text[], ?::text[], ?::text[], ?::timestamptz[], ?::text[], ?::text[], ?::text[], ?::text[],
                    ?::text[]) with ordinality as e (subject, type, event_class, occurred_at, actor_kind, actor_ref,
                                                     actor_locale, detail, attributes, n)
        order by n
      ), letters as (
        insert into outbox (%s)
        select idempotency_key, recipient, kind, locale, next_attempt, data_subject
        from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::timestamptz[], ?::text[]) with ordinality
             as l (idempotency_key, recipient, kind, locale, next_attempt, data_subject, n)
        order by n
        on conflict (idempotency_key) do nothing
        returning idempotency_key
      )
      insert into outbox_parameter (idempotency_key, name, value, secret)
      select p.idempotency_key, p.name, p.value, p.secret
      from unnest(?::text[], ?::text[], ?::text[], ?::boolean[]) as p (idempotency_key, name, value, secret)
      join letters using (idempotency_key)
      """.formatted(PostgresEventLog.ROW_COLUMNS, PostgresOutbox.ROW_COLUMNS);

  private final Columns events = new Columns(9);
  private final Columns letters = new Columns(6);
  private final Columns parameters = new Columns(4);
  private final Set<String> keys = new HashSet<>();

  /**
   * Appends through the transaction open on this thread, or at once.
   *
   * @param transactions the transactions the log or the outbox writes in
   * @param rows what to append
   */
  static void append(Connections transactions, Rows rows) {
    Appends pending = transactions instanceof PostgresTransactions own ? own.appends() : null;
    if (pending != null) {
      apply(rows, pending);
      return;
    }
    transactions.withConnection(c -> {
      Appends now = new Appends();
      rows.addTo(now);
      now.write(c);
      return null;
    });
  }

  private static void apply(Rows rows, Appends pending) {
    try {
      rows.addTo(pending);
    } catch (SQLException e) {
      throw new DatabaseFailure(e);
    }
  }

  /** Rows to append. */
  @FunctionalInterface
  interface Rows {
    void addTo(Appends appends) throws SQLException;
  }

  /**
   * Queues an event row.
   *
   * @param event the event
   */
  void event(DomainEvent event) throws SQLException {
    PostgresEventLog.row(events, event);
    events.endRow();
  }

  /**
   * Queues a letter and its parameters, unless a letter with its idempotency key is queued already.
   *
   * @param notification the letter
   * @param due when it is due
   */
  void letter(Notification notification, Instant due) throws SQLException {
    if (!keys.add(notification.idempotencyKey())) {
      return;
    }
    PostgresOutbox.row(letters, notification, due);
    letters.endRow();
    for (Map.Entry<String, String> p : notification.parameters().entrySet()) {
      parameters.text(notification.idempotencyKey()).text(p.getKey()).text(p.getValue())
          .bool(notification.secretParameters().contains(p.getKey()));
      parameters.endRow();
    }
  }

  /**
   * Writes what is queued, if anything, in one statement, and empties the queue.
   *
   * @param c the transaction's connection
   */
  void write(Connection c) throws SQLException {
    if (events.rows == 0 && letters.rows == 0) {
      return;
    }
    try (PreparedStatement insert = c.prepareStatement(WRITE)) {
      int index = events.bind(c, insert, 0);
      index = letters.bind(c, insert, index);
      parameters.bind(c, insert, index);
      insert.executeUpdate();
    } finally {
      events.clear();
      letters.clear();
      parameters.clear();
      keys.clear();
    }
  }

  /**
   * Rows taken column by column, each value as the text PostgreSQL reads for its column's type ({@link TextBinder}),
   * for one array parameter per column.
   */
  private static final class Columns extends TextBinder<Columns> {
    private final List<List<@Nullable String>> columns = new ArrayList<>();
    private int column;
    private int rows;

    Columns(int width) {
      for (int i = 0; i < width; i++) {
        columns.add(new ArrayList<>(4));
      }
    }

    void endRow() {
      column = 0;
      rows++;
    }

    void clear() {
      columns.forEach(List::clear);
      column = 0;
      rows = 0;
    }

    /** Binds each column as a {@code text[]} from {@code index + 1}; returns the last index bound. */
    int bind(Connection c, PreparedStatement statement, int index) throws SQLException {
      int next = index;
      for (List<@Nullable String> values : columns) {
        statement.setArray(++next, c.createArrayOf("text", values.toArray()));
      }
      return next;
    }

    @Override
    Columns value(@Nullable String value) {
      columns.get(column++).add(value);
      return this;
    }

    @Override
    public Columns uuids(Collection<UUID> values) throws SQLException {
      throw new SQLFeatureNotSupportedException("an array column cannot be appended");
    }

    @Override
    public Columns texts(Collection<String> values) throws SQLException {
      throw new SQLFeatureNotSupportedException("an array column cannot be appended");
    }
  }
}
