/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.memberportal.account.testkit.AccountFixtures.signUp;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.memberportal.account.AccountEvent;
import org.memberportal.account.AccountNotifications;
import org.memberportal.account.AccountStatus;
import org.memberportal.account.UserAccounts;
import org.memberportal.account.VerifyEmail;
import org.memberportal.account.testkit.TestHashing;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Notification;
import org.memberportal.kernel.NotificationRelay;
import org.memberportal.kernel.Secret;
import org.memberportal.kernel.testkit.MutableClock;
import org.memberportal.kernel.testkit.RecordingNotifier;

/**
 * The account module's service on PostgreSQL: racing sign-ups with one address, on one library instance and on
 * two instances sharing the database, make one account each and send every notification once.
 */
class AccountsOnPostgresTests {

  private static final byte[] CODE_KEY = "a code key shared by every instance".getBytes(
      StandardCharsets.UTF_8);

  private final DataSource database = EmbeddedDatabase.freshSchema("accounts_service");
  private final MutableClock clock = MutableClock.atStart();
  private final List<HikariDataSource> pools = new ArrayList<>();

  @AfterEach
  void closePools() {
    pools.forEach(HikariDataSource::close);
    ((HikariDataSource) database).close();
  }

  /** One library instance: its own pool, host, stores, service, notifier and relay. */
  private final class Instance {
    final PostgresHost postgres;
    final UserAccounts accounts;
    final RecordingNotifier notifier = new RecordingNotifier();
    final NotificationRelay relay;

    Instance() {
      HikariDataSource pool = (HikariDataSource) EmbeddedDatabase.dataSource(EmbeddedDatabase.schemaOf(database));
      pools.add(pool);
      postgres = new PostgresHost(pool, clock);
      accounts = UserAccounts.builder()
          .host(postgres.host())
          .accounts(new PostgresAccounts(postgres.transactions()))
          .codes(new PostgresIssuedCodes(postgres.transactions()))
          .secrets(CODE_KEY::clone)
          .hasher(TestHashing.fast())
          .build();
      relay = new NotificationRelay(postgres.outbox(), notifier, clock);
    }
  }

  /** Runs sign-ups on many threads at once; each thread uses the instance and address given for it. */
  private static void race(List<Instance> instances, List<String> emails, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> answers = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      Instance instance = instances.get(i % instances.size());
      String email = emails.get(i % emails.size());
      // the same address in another case: the normalised key is what must be unique
      String written = i % 3 == 0 ? email.toUpperCase(Locale.ROOT) : email;
      answers.add(pool.submit(() -> {
        start.await();
        return instance.accounts.signUp(signUp(written).build(), Actor.anonymous()).value();
      }));
    }
    start.countDown();
    for (Future<?> a : answers) {
      assertThat(a.get(60, TimeUnit.SECONDS)).isNotNull();
    }
    pool.shutdown();
  }

  private long count(String sql, Object... args) throws SQLException {
    try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      try (ResultSet rows = s.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private long events(Class<?> type) throws SQLException {
    return count("select count(*) from event_log where event_class = ?", type.getName());
  }

  @Test
  void sixteenConcurrentSignUpsWithOneEmailMakeExactlyOneAccount() throws Exception {
    Instance instance = new Instance();

    race(List.of(instance), List.of("race@example.org"), 16);

    assertThat(count("select count(*) from account")).isEqualTo(1);
    assertThat(events(AccountEvent.SignedUp.class)).isEqualTo(1);
    assertThat(events(AccountEvent.SignUpWithTakenEmail.class)).isEqualTo(15);
    instance.relay.deliverDue();
    assertThat(instance.notifier.sent()).extracting(Notification::kind)
        .containsExactly(AccountNotifications.VERIFICATION_CODE);
  }

  @Test
  void twoInstancesRacingTheSameSignUpsMakeOneAccountPerAddressAndSendEachMailOnce() throws Exception {
    Instance first = new Instance();
    Instance second = new Instance();
    List<String> emails = List.of("ada@example.org", "grace@example.org", "alan@example.org", "edsger@example.org");

    race(List.of(first, second), emails, 16);
    // both relays deliver at the same time, as two running instances would
    ExecutorService relays = Executors.newFixedThreadPool(2);
    List<Future<Integer>> runs = relays.invokeAll(List.of(first.relay::deliverDue, second.relay::deliverDue));
    relays.shutdown();
    int delivered = 0;
    for (Future<Integer> run : runs) {
      delivered += run.get(60, TimeUnit.SECONDS);
    }
    first.relay.deliverDue();
    second.relay.deliverDue();

    assertThat(count("select count(*) from account")).isEqualTo(emails.size());
    assertThat(events(AccountEvent.SignedUp.class)).isEqualTo(emails.size());
    List<Notification> sent = new ArrayList<>(first.notifier.sent());
    sent.addAll(second.notifier.sent());
    assertThat(sent).extracting(Notification::kind).containsOnly(AccountNotifications.VERIFICATION_CODE);
    assertThat(sent).extracting(n -> n.recipient().key()).containsExactlyInAnyOrderElementsOf(emails);
    assertThat(sent).extracting(Notification::idempotencyKey).doesNotHaveDuplicates();
    assertThat(delivered).isEqualTo(emails.size());
    assertThat(count("select count(*) from outbox where delivered_at is null")).isZero();
  }

  @Test
  void aSignUpOnOneInstanceIsVerifiedOnTheOther() throws Exception {
    Instance first = new Instance();
    Instance second = new Instance();
    first.accounts.signUp(signUp("ada@example.org").build(), Actor.anonymous());
    first.relay.deliverDue();
    String code = first.notifier.sent().get(0).parameters().get(AccountNotifications.CODE);

    var verified = second.accounts.verifyEmail(VerifyEmail.builder()
        .email("ADA@example.org").code(Secret.of(code)).build(), Actor.anonymous());

    assertThat(verified.value().status()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(Arrays.asList(events(AccountEvent.SignedUp.class), count("select count(*) from account"
        + " where status = 'ACTIVE'"))).containsExactly(1L, 1L);
  }
}
