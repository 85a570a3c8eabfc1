/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.Notification;
import org.memberportal.kernel.Outbox;
import org.memberportal.kernel.testkit.MutableClock;

class PostgresOutboxTests {

  private static final Instant NOW = MutableClock.START;
  private static final Duration LEASE = Duration.ofMinutes(5);

  /** Each test gets its own schema: claims look at every due entry, so tests must not share a table. */
  private final List<DataSource> pools = new ArrayList<>();
  private final DataSource database = EmbeddedDatabase.freshSchema("outbox");
  private final Outbox first = instance("first");
  private final Outbox second = instance("second");

  /** A library instance of its own: its own data source (connections), transactions and outbox. */
  private Outbox instance(String name) {
    DataSource own = EmbeddedDatabase.dataSource(EmbeddedDatabase.schemaOf(database));
    pools.add(own);
    return new PostgresOutbox(new PostgresTransactions(own), LEASE, name);
  }

  @AfterEach
  void closePools() {
    for (DataSource pool : pools) {
      ((HikariDataSource) pool).close();
    }
    ((HikariDataSource) database).close();
  }

  private static Notification notification(String key) {
    return Notification.builder()
        .idempotencyKey(key)
        .recipient(EmailAddress.of("Marie.Curie@Example.org"))
        .kind("account.verification-code")
        .locale(Locale.FRENCH)
        .putParameters("code", "123456")
        .putParameters("note", "two\nlines = and \\ é")
        .addSecretParameters("code")
        .build();
  }

  private List<String> append(int count) {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String key = "k" + i + "-" + UUID.randomUUID();
      first.append(notification(key), NOW);
      keys.add(key);
    }
    return keys;
  }

  private static List<String> keys(List<Outbox.Entry> entries) {
    return entries.stream().map(e -> e.notification().idempotencyKey()).toList();
  }

  @Test
  void notificationReadBackEqualsTheOneAppended() {
    String key = UUID.randomUUID().toString();
    first.append(notification(key), NOW);

    Outbox.Entry entry = second.entries().get(0);
    assertThat(entry.notification()).isEqualTo(notification(key));
    assertThat(entry.notification().recipient().display()).isEqualTo("Marie.Curie@Example.org");
    assertThat(entry.attempts()).isZero();
    assertThat(entry.nextAttempt()).isEqualTo(NOW);
    assertThat(entry.deliveredAt()).isEmpty();
  }

  @Test
  void claimsTakeTheOldestDueEntriesFirst() {
    List<String> keys = append(5);
    first.failed(keys.get(0), NOW.plusSeconds(30));

    assertThat(keys(first.claimDue(NOW, 3))).containsExactly(keys.get(1), keys.get(2), keys.get(3));
  }

  @Test
  void anotherInstanceSkipsEntriesClaimedByTheFirst() {
    List<String> keys = append(6);

    List<String> byFirst = keys(first.claimDue(NOW, 4));
    List<String> bySecond = keys(second.claimDue(NOW, 100));

    assertThat(byFirst).hasSize(4);
    assertThat(bySecond).containsExactlyElementsOf(keys.subList(4, 6));
  }

  @Test
  void expiredClaimOfADeadInstanceIsTakenOverByAnother() {
    List<String> keys = append(2);
    first.claimDue(NOW, 100);

    assertThat(second.claimDue(NOW.plus(LEASE).minusSeconds(1), 100)).isEmpty();
    assertThat(keys(second.claimDue(NOW.plus(LEASE), 100))).containsExactlyElementsOf(keys);
  }

  @Test
  void failedEntryCountsTheAttemptAndWaitsForItsRetryTime() {
    String key = append(1).get(0);
    first.claimDue(NOW, 10);
    first.failed(key, NOW.plusSeconds(2));

    assertThat(second.claimDue(NOW.plusSeconds(1), 10)).isEmpty();
    assertThat(second.claimDue(NOW.plusSeconds(2), 10)).singleElement()
        .satisfies(e -> assertThat(e.attempts()).isEqualTo(1));
  }

  @Test
  void deliveredEntryKeepsNoSecretInTheDatabase() throws Exception {
    String key = append(1).get(0);
    first.claimDue(NOW, 10);
    first.delivered(key, NOW.plusSeconds(1));

    try (Connection c = database.getConnection();
         PreparedStatement s = c.prepareStatement(
             "select name from outbox_parameter where idempotency_key = ? order by name")) {
      s.setString(1, key);
      List<String> names = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          names.add(r.getString(1));
        }
      }
      assertThat(names).containsExactly("note");
    }
    assertThat(second.entries()).singleElement().satisfies(e -> {
      assertThat(e.deliveredAt()).contains(NOW.plusSeconds(1));
      assertThat(e.notification().secretParameters()).isEmpty();
    });
  }

  private int rows(String table, List<String> keys) throws Exception {
    try (Connection c = database.getConnection();
         PreparedStatement s = c.prepareStatement(
             "select count(*) from " + table + " where idempotency_key = any (?)")) {
      s.setArray(1, c.createArrayOf("text", keys.toArray()));
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    }
  }

  @Test
  void forgottenAndPurgedEntriesLeaveNoRowAndNoParameterBehind() throws Exception {
    Notification aboutMarie = Notification.builder().idempotencyKey("marie-" + UUID.randomUUID())
        .recipient(EmailAddress.of("Marie.Curie@Example.org")).kind("careers.application-received")
        .locale(Locale.FRENCH).putParameters("note", "une ligne").dataSubject("candidate:marie").build();
    first.append(aboutMarie, NOW);
    assertThat(second.entries()).singleElement().satisfies(e -> assertThat(e.notification()).isEqualTo(aboutMarie));
    List<String> others = append(2);
    first.claimDue(NOW, 10);
    first.delivered(others.get(0), NOW);
    assertThat(rows("outbox_parameter", List.of(aboutMarie.idempotencyKey(), others.get(0)))).isEqualTo(2);

    assertThat(second.forget("candidate:marie")).isEqualTo(1);
    assertThat(second.purgeDelivered(NOW.plusSeconds(1))).isEqualTo(1);

    List<String> gone = List.of(aboutMarie.idempotencyKey(), others.get(0));
    assertThat(rows("outbox", gone)).isZero();
    assertThat(rows("outbox_parameter", gone)).isZero();
    assertThat(keys(first.entries())).containsExactly(others.get(1));
  }

  @Test
  void lateFailureReportFromAnExpiredClaimDoesNotUndoADelivery() {
    String key = append(1).get(0);
    first.claimDue(NOW, 10);
    second.claimDue(NOW.plus(LEASE), 10);
    second.delivered(key, NOW.plus(LEASE));

    first.failed(key, NOW.plus(LEASE).plusSeconds(1));

    assertThat(second.entries()).singleElement().satisfies(e -> {
      assertThat(e.deliveredAt()).contains(NOW.plus(LEASE));
      assertThat(e.attempts()).isZero();
    });
    assertThat(first.claimDue(NOW.plus(LEASE).plusSeconds(10), 10)).isEmpty();
  }

  @Test
  void concurrentClaimsOnTwoInstancesClaimEveryEntryExactlyOnce() throws Exception {
    List<String> keys = append(200);
    List<String> claimed = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> runs = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      Outbox outbox = t % 2 == 0 ? first : second;
      runs.add(pool.submit(() -> {
        start.await();
        List<Outbox.Entry> batch;
        do {
          batch = outbox.claimDue(NOW, 7);
          claimed.addAll(keys(batch));
        } while (!batch.isEmpty());
        return null;
      }));
    }
    start.countDown();
    for (Future<?> run : runs) {
      run.get(30, TimeUnit.SECONDS);
    }
    pool.shutdown();

    assertThat(claimed).hasSize(keys.size()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(keys);
  }
}
