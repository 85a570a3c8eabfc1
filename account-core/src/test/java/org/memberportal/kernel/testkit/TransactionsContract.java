/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.EventLog;
import org.memberportal.kernel.Notification;
import org.memberportal.kernel.Outbox;
import org.memberportal.kernel.Transactions;

/**
 * Contract of the kernel's ports taken together: what a host's transactions, event log and outbox must do.
 * Extend it and provide the three implementations, sharing one store.
 */
public abstract class TransactionsContract {

  /** An event for the contract's own use. */
  protected record Happened(Instant occurredAt, Actor actor, String subject) implements DomainEvent {}

  /**
   * The transactions under test.
   *
   * @return the implementation
   */
  protected abstract Transactions transactions();

  /**
   * The event log under test, writing in {@link #transactions()}.
   *
   * @return the implementation
   */
  protected abstract EventLog eventLog();

  /**
   * The outbox under test, writing in {@link #transactions()}.
   *
   * @return the implementation
   */
  protected abstract Outbox outbox();

  private static final Instant NOW = MutableClock.START;

  private static Notification notification(String key) {
    return notification(key, Optional.empty());
  }

  private static Notification notification(String key, Optional<String> dataSubject) {
    return Notification.builder()
        .idempotencyKey(key)
        .recipient(EmailAddress.of("someone@example.org"))
        .kind("contract.test")
        .locale(Locale.ENGLISH)
        .putParameters("code", "123456")
        .addSecretParameters("code")
        .dataSubject(dataSubject)
        .build();
  }

  private String appended(Optional<String> dataSubject) {
    String key = UUID.randomUUID().toString();
    transactions().inTransaction(() -> {
      outbox().append(notification(key, dataSubject), NOW);
      return null;
    });
    return key;
  }

  private String delivered(Optional<String> dataSubject, Instant at) {
    String key = appended(dataSubject);
    outbox().claimDue(NOW, 1000);
    outbox().delivered(key, at);
    return key;
  }

  private List<String> keys() {
    return outbox().entries().stream().map(e -> e.notification().idempotencyKey()).toList();
  }

  @Test
  void committedWorkKeepsItsEventsAndNotifications() {
    String subject = "contract:" + UUID.randomUUID();
    String key = UUID.randomUUID().toString();
    transactions().inTransaction(() -> {
      eventLog().append(new Happened(NOW, Actor.system("contract"), subject));
      outbox().append(notification(key), NOW);
      return null;
    });

    assertThat(eventLog().trail(subject)).hasSize(1);
    assertThat(outbox().entries()).anyMatch(e -> e.notification().idempotencyKey().equals(key));
  }

  @Test
  void failingTransactionLeavesNoEventAndNoNotification() {
    String subject = "contract:" + UUID.randomUUID();
    String key = UUID.randomUUID().toString();
    assertThatThrownBy(() -> transactions().inTransaction(() -> {
      eventLog().append(new Happened(NOW, Actor.system("contract"), subject));
      outbox().append(notification(key), NOW);
      throw new IllegalStateException("boom");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(eventLog().trail(subject)).isEmpty();
    assertThat(outbox().entries()).noneMatch(e -> e.notification().idempotencyKey().equals(key));
  }

  @Test
  void secondNotificationWithTheSameKeyIsIgnored() {
    String key = UUID.randomUUID().toString();
    transactions().inTransaction(() -> {
      outbox().append(notification(key), NOW);
      outbox().append(notification(key), NOW);
      return null;
    });

    assertThat(outbox().entries()).filteredOn(e -> e.notification().idempotencyKey().equals(key)).hasSize(1);
  }

  @Test
  void claimedNotificationIsNotClaimedAgainUntilReleased() {
    String key = UUID.randomUUID().toString();
    transactions().inTransaction(() -> {
      outbox().append(notification(key), NOW);
      return null;
    });

    List<Outbox.Entry> first = outbox().claimDue(NOW, 1000);
    List<Outbox.Entry> second = outbox().claimDue(NOW, 1000);
    assertThat(first).anyMatch(e -> e.notification().idempotencyKey().equals(key));
    assertThat(second).noneMatch(e -> e.notification().idempotencyKey().equals(key));

    outbox().failed(key, NOW.plusSeconds(5));
    assertThat(outbox().claimDue(NOW, 1000)).noneMatch(e -> e.notification().idempotencyKey().equals(key));
    assertThat(outbox().claimDue(NOW.plusSeconds(5), 1000))
        .anyMatch(e -> e.notification().idempotencyKey().equals(key));
  }

  @Test
  void deliveredNotificationForgetsItsSecrets() {
    String key = UUID.randomUUID().toString();
    transactions().inTransaction(() -> {
      outbox().append(notification(key), NOW);
      return null;
    });
    outbox().claimDue(NOW, 1000);
    outbox().delivered(key, NOW);

    Outbox.Entry entry = outbox().entries().stream()
        .filter(e -> e.notification().idempotencyKey().equals(key)).findFirst().orElseThrow();
    assertThat(entry.deliveredAt()).contains(NOW);
    assertThat(entry.notification().parameters()).doesNotContainKey("code");
    assertThat(outbox().claimDue(NOW.plusSeconds(60), 1000))
        .noneMatch(e -> e.notification().idempotencyKey().equals(key));
  }

  @Test
  void purgeDeletesOnlyEntriesDeliveredBeforeTheCutOff() {
    Instant cutOff = NOW.minus(Duration.ofDays(30));
    String old = delivered(Optional.empty(), cutOff.minusSeconds(1));
    String recent = delivered(Optional.empty(), cutOff);
    String pending = appended(Optional.empty());

    int purged = outbox().purgeDelivered(cutOff);

    assertThat(purged).isEqualTo(1);
    assertThat(keys()).doesNotContain(old).contains(recent, pending);
    assertThat(outbox().claimDue(NOW, 1000)).extracting(e -> e.notification().idempotencyKey()).contains(pending);
  }

  @Test
  void forgettingADataSubjectDeletesItsEntriesDeliveredOrNotAndNobodyElses() {
    String subject = "contract:" + UUID.randomUUID();
    String sent = delivered(Optional.of(subject), NOW);
    String retrying = appended(Optional.of(subject));
    outbox().claimDue(NOW, 1000);
    outbox().failed(retrying, NOW.plusSeconds(60));
    String queued = appended(Optional.of(subject));
    String someoneElses = appended(Optional.of("contract:" + UUID.randomUUID()));
    String nobodys = appended(Optional.empty());
    assertThat(outbox().entries()).filteredOn(e -> e.notification().idempotencyKey().equals(sent))
        .singleElement().satisfies(e -> assertThat(e.notification().dataSubject()).contains(subject));

    int forgotten = transactions().inTransaction(() -> outbox().forget(subject));

    assertThat(forgotten).isEqualTo(3);
    assertThat(keys()).doesNotContain(sent, queued, retrying).contains(someoneElses, nobodys);
    assertThat(outbox().claimDue(NOW.plusSeconds(60), 1000)).extracting(e -> e.notification().idempotencyKey())
        .doesNotContain(queued, retrying);
    assertThat(outbox().forget(subject)).isZero();
  }

  @Test
  void forgettingInAFailingTransactionKeepsEveryEntryInItsPlace() {
    String subject = "contract:" + UUID.randomUUID();
    appended(Optional.empty());
    delivered(Optional.of(subject), NOW);
    appended(Optional.empty());
    appended(Optional.of(subject));
    List<String> before = keys();

    assertThatThrownBy(() -> transactions().inTransaction(() -> {
      outbox().forget(subject);
      throw new IllegalStateException("boom");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(keys()).isEqualTo(before);
  }
}
