package org.memberportal.kernel.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
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
    return Notification.builder()
        .idempotencyKey(key)
        .recipient(EmailAddress.of("someone@example.org"))
        .kind("contract.test")
        .locale(Locale.ENGLISH)
        .putParameters("code", "123456")
        .addSecretParameters("code")
        .build();
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
}
