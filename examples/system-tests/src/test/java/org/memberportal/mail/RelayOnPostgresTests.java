/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.memberportal.mail.MailTemplatesTests.welcome;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.memberportal.kernel.Notification;
import org.memberportal.kernel.NotificationRelay;
import org.memberportal.kernel.Notifier;
import org.memberportal.kernel.Outbox;
import org.memberportal.kernel.testkit.MutableClock;
import org.memberportal.postgres.EmbeddedDatabase;
import org.memberportal.postgres.PostgresOutbox;
import org.memberportal.postgres.PostgresTransactions;

/**
 * The kernel's relay delivering a PostgreSQL outbox through the SMTP notifier to a real SMTP server: outages
 * delay mail, and library instances sharing one database each send their own share, every mail once.
 */
class RelayOnPostgresTests {

  private final Smtp smtp = Smtp.start();
  private final DataSource database = EmbeddedDatabase.freshSchema("relay");
  private final List<HikariDataSource> pools = new ArrayList<>();

  @AfterEach
  void stop() {
    smtp.close();
    pools.forEach(HikariDataSource::close);
    ((HikariDataSource) database).close();
  }

  /** One library instance: its own connections, transactions, outbox, notifier and clock. */
  private final class Instance {
    final MutableClock clock = MutableClock.atStart();
    final PostgresOutbox outbox;
    final SmtpNotifier notifier = smtp.notifier();
    final List<String> sent = Collections.synchronizedList(new ArrayList<>());

    Instance(String name) {
      HikariDataSource pool = (HikariDataSource) EmbeddedDatabase.dataSource(EmbeddedDatabase.schemaOf(database));
      pools.add(pool);
      outbox = new PostgresOutbox(new PostgresTransactions(pool), PostgresOutbox.DEFAULT_LEASE, name);
    }

    NotificationRelay relay(Function<Notifier, Notifier> around) {
      Notifier recording = n -> {
        notifier.send(n);
        sent.add(n.idempotencyKey());
      };
      return new NotificationRelay(outbox, around.apply(recording), clock);
    }
  }

  private static List<String> append(Outbox outbox, int count) {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String key = "welcome:" + i;
      outbox.append(welcome(key, i % 2 == 0 ? Locale.ENGLISH : Locale.FRENCH, "Member " + i),
          MutableClock.START);
      keys.add(key);
    }
    return keys;
  }

  private Set<String> expectedMessageIds(Instance instance, List<String> keys) {
    return keys.stream().map(k -> instance.notifier.messageId(welcome(k, Locale.ENGLISH, "x")))
        .collect(Collectors.toSet());
  }

  @Test
  void smtpServerKilledMidRunDelaysMailWithoutLosingOrDuplicatingAny() {
    Instance instance = new Instance("only");
    List<String> keys = append(instance.outbox, 10);
    AtomicInteger sends = new AtomicInteger();
    NotificationRelay relay = instance.relay(send -> n -> {
      send.send(n);
      if (sends.incrementAndGet() == 3) {
        smtp.kill();
      }
    });

    assertThat(relay.deliverDue()).isEqualTo(3);
    assertThat(smtp.received()).hasSize(3);

    instance.clock.advance(Duration.ofSeconds(1));
    assertThat(relay.deliverDue()).as("the server is still down").isZero();

    smtp.restart();
    assertThat(relay.deliverDue()).as("not due yet: the back-off doubled").isZero();
    instance.clock.advance(Duration.ofSeconds(2));
    assertThat(relay.deliverDue()).isEqualTo(7);
    instance.clock.advance(Duration.ofHours(2));
    assertThat(relay.deliverDue()).as("nothing left").isZero();

    List<String> messageIds = smtp.received().stream().map(Smtp.Received::messageId).toList();
    assertThat(messageIds).hasSize(10).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(expectedMessageIds(instance, keys));
    assertThat(instance.outbox.entries()).allSatisfy(e -> assertThat(e.deliveredAt()).isPresent());
    assertThat(instance.outbox.entries()).filteredOn(e -> e.attempts() == 2).hasSize(7);
  }

  @Test
  void twoInstancesOnOneDatabaseDeliverDisjointShareEveryNotificationExactlyOnce() throws Exception {
    Instance first = new Instance("first");
    Instance second = new Instance("second");
    // fewer than two of the relay's batches of 100, so each instance's first claim finds work
    List<String> keys = append(first.outbox, 150);
    // neither instance sends before both have claimed their first batch: the claims really overlap
    CountDownLatch bothClaimed = new CountDownLatch(2);
    Function<Notifier, Notifier> waitForTheOther = send -> new Notifier() {
      private boolean first = true;

      @Override
      public void send(Notification n) {
        if (first) {
          first = false;
          bothClaimed.countDown();
          try {
            bothClaimed.await(10, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
        send.send(n);
      }
    };
    ExecutorService pool = Executors.newFixedThreadPool(2);
    Future<Integer> byFirst = pool.submit(() -> first.relay(waitForTheOther).deliverDue());
    Future<Integer> bySecond = pool.submit(() -> second.relay(waitForTheOther).deliverDue());
    int delivered = byFirst.get(60, TimeUnit.SECONDS) + bySecond.get(60, TimeUnit.SECONDS);
    pool.shutdown();

    assertThat(delivered).isEqualTo(150);
    assertThat(first.sent).isNotEmpty().doesNotContainAnyElementsOf(second.sent);
    assertThat(second.sent).isNotEmpty();
    List<String> messageIds = smtp.received().stream().map(Smtp.Received::messageId).toList();
    assertThat(messageIds).hasSize(150).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(expectedMessageIds(first, keys));
    assertThat(second.outbox.entries()).hasSize(150).allSatisfy(e -> assertThat(e.deliveredAt()).isPresent());
  }
}
