/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.EventBus;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.Notification;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.Unavailable;
import org.memberportal.kernel.testkit.MutableClock;
import org.postgresql.ds.PGSimpleDataSource;

class PostgresTransactionsTests {

  private static final DataSource DATABASE = EmbeddedDatabase.freshSchema("transactions");
  private final PostgresTransactions transactions = new PostgresTransactions(DATABASE);
  private final PostgresEventLog eventLog = new PostgresEventLog(transactions);
  private final PostgresOutbox outbox = new PostgresOutbox(transactions);

  record Renamed(Instant occurredAt, Actor actor, String subject, AccountId account, String note)
      implements DomainEvent {}

  private static Renamed renamed(String subject, String note) {
    AccountId account = new AccountId(UUID.randomUUID());
    return new Renamed(MutableClock.START, Actor.account(account).in(Locale.FRENCH), subject, account, note);
  }

  @Test
  void nestedCallsJoinTheOuterTransactionsConnection() {
    Connection[] seen = new Connection[2];
    transactions.withConnection(outer -> {
      seen[0] = outer;
      transactions.withConnection(inner -> {
        seen[1] = inner;
        return null;
      });
      return null;
    });

    assertThat(seen[1]).isSameAs(seen[0]);
  }

  @Test
  void failureInANestedCallRollsBackTheWholeTransaction() {
    String subject = "test:" + UUID.randomUUID();
    assertThatThrownBy(() -> transactions.inTransaction(() -> {
      eventLog.append(renamed(subject, "outer"));
      return transactions.inTransaction(() -> {
        eventLog.append(renamed(subject, "inner"));
        throw new IllegalArgumentException("boom");
      });
    })).isInstanceOf(IllegalArgumentException.class);

    assertThat(eventLog.trail(subject)).isEmpty();
    assertThat(transactions.inProgress()).isFalse();
  }

  @Test
  void uncommittedWritesAreInvisibleToOtherConnections() {
    String subject = "test:" + UUID.randomUUID();
    PostgresEventLog otherInstance = new PostgresEventLog(
        new PostgresTransactions(EmbeddedDatabase.dataSource(EmbeddedDatabase.schemaOf(DATABASE))));
    List<DomainEvent> seenDuringTransaction = transactions.inTransaction(() -> {
      eventLog.append(renamed(subject, "pending"));
      return otherInstance.trail(subject);
    });

    assertThat(seenDuringTransaction).isEmpty();
    assertThat(otherInstance.trail(subject)).hasSize(1);
  }

  @Test
  void eventLogKeepsTheEventsTypeActorAndComponentsAsText() {
    String subject = "test:" + UUID.randomUUID();
    Renamed event = renamed(subject, "line one\nline=two \\ é");
    transactions.inTransaction(() -> {
      eventLog.append(event);
      return null;
    });

    assertThat(eventLog.trail(subject)).singleElement().isInstanceOfSatisfying(RecordedEvent.class, e -> {
      assertThat(e.type()).isEqualTo("Renamed");
      assertThat(e.eventClass()).isEqualTo(Renamed.class.getName());
      assertThat(e.occurredAt()).isEqualTo(event.occurredAt());
      assertThat(e.actor()).isEqualTo(event.actor());
      assertThat(e.attributes()).containsEntry("account", event.account().toString())
          .containsEntry("note", "line one\nline=two \\ é")
          .doesNotContainKeys("subject", "actor", "occurredAt");
    });
  }

  @Test
  void trailIsInTheOrderEventsWereAppended() {
    String subject = "test:" + UUID.randomUUID();
    for (int i = 0; i < 5; i++) {
      String note = "n" + i;
      transactions.inTransaction(() -> {
        eventLog.append(renamed(subject, note));
        return null;
      });
    }

    assertThat(eventLog.trail(subject)).extracting(e -> ((RecordedEvent) e).attributes().get("note"))
        .containsExactly("n0", "n1", "n2", "n3", "n4");
  }

  @Test
  void unreachableDatabaseFailsTheCommandAsUnavailable() {
    PGSimpleDataSource nowhere = new PGSimpleDataSource();
    nowhere.setServerNames(new String[] {"127.0.0.1"});
    nowhere.setPortNumbers(new int[] {1});
    nowhere.setConnectTimeout(2);
    PostgresTransactions down = new PostgresTransactions(nowhere);
    Host host = new Host(down, new EventBus(new PostgresEventLog(down)), new PostgresOutbox(down),
        MutableClock.atStart());

    assertThatThrownBy(() -> host.command(() -> new Outcome<>("never", List.of())))
        .isInstanceOf(Unavailable.class)
        .hasCauseInstanceOf(DatabaseFailure.class);
  }

  @Test
  void writesOutsideACommandCommitOnTheirOwn() throws Exception {
    String subject = "test:" + UUID.randomUUID();
    eventLog.append(renamed(subject, "alone"));

    try (Connection c = DATABASE.getConnection();
         PreparedStatement s = c.prepareStatement("select count(*) from event_log where subject = ?")) {
      s.setString(1, subject);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        assertThat(r.getInt(1)).isEqualTo(1);
      }
    }
  }

  @Test
  void appendsWaitingInATransactionAreSeenByItsNextStatement() {
    String subject = "test:" + UUID.randomUUID();
    String key = "letter-" + UUID.randomUUID();
    int[] seen = transactions.inTransaction(() -> {
      eventLog.append(renamed(subject, "first"));
      outbox.append(letter(key, "one"), MutableClock.START);
      return transactions.withConnection(c -> new int[] {
          count(c, "select count(*) from event_log where subject = ?", subject),
          count(c, "select count(*) from outbox_parameter where idempotency_key = ?", key)});
    });

    assertThat(seen).containsExactly(1, 2);
  }

  @Test
  void appendsOfARolledBackTransactionAreNeverWritten() {
    String subject = "test:" + UUID.randomUUID();
    String key = "letter-" + UUID.randomUUID();
    assertThatThrownBy(() -> transactions.inTransaction(() -> {
      eventLog.append(renamed(subject, "lost"));
      outbox.append(letter(key, "lost"), MutableClock.START);
      throw new IllegalStateException("boom");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(eventLog.trail(subject)).isEmpty();
    assertThat(outbox.entries()).noneMatch(e -> e.notification().idempotencyKey().equals(key));
  }

  @Test
  void aSecondLetterUnderAKeyAppendedInTheSameTransactionIsDroppedLikeOneTheOutboxHolds() {
    String key = "letter-" + UUID.randomUUID();
    transactions.inTransaction(() -> {
      outbox.append(letter(key, "first"), MutableClock.START);
      outbox.append(Notification.builder().from(letter(key, "second")).putParameters("extra", "x").build(),
          MutableClock.START);
      return null;
    });
    outbox.append(letter(key, "third"), MutableClock.START);

    assertThat(outbox.entries()).filteredOn(e -> e.notification().idempotencyKey().equals(key)).singleElement()
        .satisfies(e -> assertThat(e.notification()).isEqualTo(letter(key, "first")));
  }

  @Test
  void rowsReadAheadServeOnlyTheReadsBeforeTheTransactionsNextStatement() {
    String[] read = transactions.inTransaction(() -> {
      ReadAhead.keep(transactions, "row:1", "read ahead");
      ReadAhead.keep(transactions, "row:2", "read ahead");
      String first = ReadAhead.take(transactions, "row:1", c -> "queried");
      String again = ReadAhead.take(transactions, "row:1", c -> "queried");
      transactions.withConnection(c -> count(c, "select count(*) from event_log where subject = ?", "none"));
      String afterAStatement = ReadAhead.take(transactions, "row:2", c -> "queried");
      return new String[] {first, again, afterAStatement};
    });

    assertThat(read).containsExactly("read ahead", "queried", "queried");
    assertThat(ReadAhead.available(transactions)).isFalse();
  }

  private static Notification letter(String key, String note) {
    return Notification.builder().idempotencyKey(key).recipient(EmailAddress.of("Marie.Curie@Example.org"))
        .kind("account.verification-code").locale(Locale.FRENCH).putParameters("note", note)
        .putParameters("code", "123456").addSecretParameters("code").build();
  }

  private static int count(Connection c, String sql, String value) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, value);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    }
  }
}
