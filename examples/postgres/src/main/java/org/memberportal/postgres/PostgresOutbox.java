/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.Notification;
import org.memberportal.kernel.Outbox;

/**
 * The outbox in the {@code outbox} and {@code outbox_parameter} tables, appended in the command's transaction.
 * Delivery runs on several instances share it safely: {@link #claimDue(Instant, int)} locks due rows with
 * {@code FOR UPDATE SKIP LOCKED} and stamps them with a claim lease, so a second run (here or on another
 * instance) skips them until they are delivered, failed, or the lease expires (an instance that died mid-run).
 * {@link #forget(String)} and {@link #purgeDelivered(Instant)} delete rows, their parameters with them.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class PostgresOutbox extends JdbcStore implements Outbox {

  /** How long a claim holds by default: far longer than one delivery run should take. */
  public static final Duration DEFAULT_LEASE = Duration.ofMinutes(5);

  private static final String COLUMNS =
      "idempotency_key, position, recipient, kind, locale, attempts, next_attempt, delivered_at, data_subject";

  private final Duration lease;
  private final String instance;

  /**
   * Creates the outbox with the default lease and a random instance name.
   *
   * @param transactions the transactions it writes in
   */
  public PostgresOutbox(Connections transactions) {
    this(transactions, DEFAULT_LEASE, UUID.randomUUID().toString());
  }

  /**
   * Creates the outbox.
   *
   * @param transactions the transactions it writes in
   * @param lease how long a claim holds before another run may take the entry over
   * @param instance this instance's name, recorded on its claims for operators
   */
  public PostgresOutbox(Connections transactions, Duration lease, String instance) {
    super(transactions);
    this.lease = lease;
    this.instance = instance;
  }

  /** The columns of {@link #row}. */
  static final String ROW_COLUMNS = "idempotency_key, recipient, kind, locale, next_attempt, data_subject";

  /**
   * Appends the letter with its parameters unless the outbox holds its idempotency key; in a transaction of
   * {@link PostgresTransactions}, at its next statement or its commit, with its other appends ({@link Appends}).
   */
  @Override
  public void append(Notification notification, Instant now) {
    Appends.append(transactions, appends -> appends.letter(notification, now));
  }

  /** A letter's row, in the order of {@link #ROW_COLUMNS}, due at {@code due}. */
  static Sql.Binder row(Sql.Binder b, Notification notification, Instant due) throws SQLException {
    return b.text(notification.idempotencyKey())
        .text(notification.recipient().display())
        .text(notification.kind())
        .text(notification.locale().toLanguageTag())
        .instant(due)
        .text(notification.dataSubject());
  }

  @Override
  public List<Entry> claimDue(Instant now, int limit) {
    return transactions.withConnection(c -> {
      List<Row> claimed = new ArrayList<>();
      // rows locked by a concurrent claim are skipped, not waited for; the lease stamp keeps them claimed
      // after this transaction commits and its row locks are gone
      try (PreparedStatement claim = c.prepareStatement("with due as ("
          + " select idempotency_key from outbox"
          + " where delivered_at is null and next_attempt <= ? and (claimed_until is null or claimed_until <= ?)"
          + " order by position limit ? for update skip locked)"
          + " update outbox o set claimed_until = ?, claimed_by = ? from due"
          + " where o.idempotency_key = due.idempotency_key"
          + " returning o.idempotency_key, o.position, o.recipient, o.kind, o.locale, o.attempts,"
          + " o.next_attempt, o.delivered_at, o.data_subject")) {
        claim.setObject(1, Sql.timestamp(now));
        claim.setObject(2, Sql.timestamp(now));
        claim.setInt(3, limit);
        claim.setObject(4, Sql.timestamp(now.plus(lease)));
        claim.setString(5, instance);
        try (ResultSet rows = claim.executeQuery()) {
          while (rows.next()) {
            claimed.add(row(rows));
          }
        }
      }
      // RETURNING keeps no order: restore arrival order
      claimed.sort(Comparator.comparingLong(Row::position));
      return entries(c, claimed);
    });
  }

  @Override
  public void delivered(String idempotencyKey, Instant at) {
    transactions.withConnection(c -> {
      try (PreparedStatement update = c.prepareStatement("update outbox set delivered_at = ?, "
          + "claimed_until = null, claimed_by = null where idempotency_key = ? and delivered_at is null")) {
        update.setObject(1, Sql.timestamp(at));
        update.setString(2, idempotencyKey);
        update.executeUpdate();
      }
      try (PreparedStatement scrub = c.prepareStatement(
          "delete from outbox_parameter where idempotency_key = ? and secret")) {
        scrub.setString(1, idempotencyKey);
        scrub.executeUpdate();
      }
      return null;
    });
  }

  @Override
  public void failed(String idempotencyKey, Instant retryAt) {
    transactions.withConnection(c -> {
      try (PreparedStatement update = c.prepareStatement("update outbox set attempts = attempts + 1, "
          + "next_attempt = ?, claimed_until = null, claimed_by = null "
          + "where idempotency_key = ? and delivered_at is null")) {
        update.setObject(1, Sql.timestamp(retryAt));
        update.setString(2, idempotencyKey);
        update.executeUpdate();
      }
      return null;
    });
  }

  @Override
  public int purgeDelivered(Instant deliveredBefore) {
    return delete("delete from outbox where delivered_at < ?", Sql.timestamp(deliveredBefore));
  }

  @Override
  public int forget(String dataSubject) {
    return delete("delete from outbox where data_subject = ?", dataSubject);
  }

  /** Deletes rows by one condition; their parameters go with them (on delete cascade). */
  private int delete(String sql, Object value) {
    return transactions.withConnection(c -> {
      try (PreparedStatement delete = c.prepareStatement(sql)) {
        delete.setObject(1, value);
        return delete.executeUpdate();
      }
    });
  }

  @Override
  public List<Entry> entries() {
    return transactions.withConnection(c -> {
      List<Row> rows = new ArrayList<>();
      try (PreparedStatement select = c.prepareStatement("select " + COLUMNS + " from outbox order by position");
           ResultSet result = select.executeQuery()) {
        while (result.next()) {
          rows.add(row(result));
        }
      }
      return entries(c, rows);
    });
  }

  private record Row(String key, long position, String recipient, String kind, String locale, int attempts,
      Instant nextAttempt, @Nullable Instant deliveredAt, @Nullable String dataSubject) {}

  private record Parameter(String value, boolean secret) {}

  private static Row row(ResultSet rows) throws SQLException {
    OffsetDateTime delivered = rows.getObject("delivered_at", OffsetDateTime.class);
    return new Row(rows.getString("idempotency_key"), rows.getLong("position"), rows.getString("recipient"),
        rows.getString("kind"), rows.getString("locale"), rows.getInt("attempts"),
        rows.getObject("next_attempt", OffsetDateTime.class).toInstant(),
        delivered == null ? null : delivered.toInstant(), rows.getString("data_subject"));
  }

  private static List<Entry> entries(Connection c, List<Row> rows) throws SQLException {
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<String, Map<String, Parameter>> parameters = new LinkedHashMap<>();
    Array keys = c.createArrayOf("text", rows.stream().map(Row::key).toArray());
    try (PreparedStatement select = c.prepareStatement("select idempotency_key, name, value, secret "
        + "from outbox_parameter where idempotency_key = any (?) order by idempotency_key, name")) {
      select.setArray(1, keys);
      try (ResultSet result = select.executeQuery()) {
        while (result.next()) {
          parameters.computeIfAbsent(result.getString(1), k -> new LinkedHashMap<>())
              .put(result.getString(2), new Parameter(result.getString(3), result.getBoolean(4)));
        }
      }
    } finally {
      keys.free();
    }
    List<Entry> entries = new ArrayList<>(rows.size());
    for (Row row : rows) {
      Notification.Builder n = Notification.builder();
      n.idempotencyKey(row.key())
          .recipient(EmailAddress.of(row.recipient()))
          .kind(row.kind())
          .locale(Locale.forLanguageTag(row.locale()))
          .dataSubject(Optional.ofNullable(row.dataSubject()));
      parameters.getOrDefault(row.key(), Map.of()).forEach((name, p) -> {
        n.putParameters(name, p.value());
        if (p.secret()) {
          n.addSecretParameters(name);
        }
      });
      entries.add(new Entry(n.build(), row.attempts(), row.nextAttempt(), Optional.ofNullable(row.deliveredAt())));
    }
    return entries;
  }
}
