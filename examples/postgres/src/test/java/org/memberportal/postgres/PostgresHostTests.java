/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.Notification;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.testkit.MutableClock;

class PostgresHostTests {

  private static final HikariDataSource DATABASE = (HikariDataSource) EmbeddedDatabase.freshSchema("host");
  private final PostgresHost postgres = new PostgresHost(DATABASE, MutableClock.atStart());
  private final Host host = postgres.host();

  record Approved(Instant occurredAt, Actor actor, String subject) implements DomainEvent {}

  @AfterAll
  static void close() {
    DATABASE.close();
  }

  private Outcome<String> approve(String subject, String key) {
    host.notify(Notification.builder()
        .idempotencyKey(key)
        .recipient(EmailAddress.of("fp@example.org"))
        .kind("affiliation.approved")
        .locale(Locale.FRENCH)
        .build());
    return Outcome.of("approved", new Approved(host.clock().instant(), Actor.system("test"), subject));
  }

  @Test
  void commandCommitsItsEventsAndNotificationsTogether() {
    String subject = "affiliation:" + UUID.randomUUID();
    String key = UUID.randomUUID().toString();

    host.command(() -> approve(subject, key));

    assertThat(postgres.eventLog().trail(subject)).singleElement()
        .satisfies(e -> assertThat(e.type()).isEqualTo("Approved"));
    assertThat(postgres.outbox().entries()).anyMatch(e -> e.notification().idempotencyKey().equals(key));
  }

  @Test
  void rejectedCommandLeavesNoEventAndNoNotification() {
    String subject = "affiliation:" + UUID.randomUUID();
    String key = UUID.randomUUID().toString();

    assertThatThrownBy(() -> host.command(() -> {
      approve(subject, key);
      throw new Conflict("test.rejected", "rejected after writing");
    })).isInstanceOf(Conflict.class);

    assertThat(postgres.eventLog().trail(subject)).isEmpty();
    assertThat(postgres.outbox().entries()).noneMatch(e -> e.notification().idempotencyKey().equals(key));
  }
}
