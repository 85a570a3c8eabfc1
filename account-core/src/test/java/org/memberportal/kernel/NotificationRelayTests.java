/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.memberportal.kernel.inmemory.InMemoryHost;
import org.memberportal.kernel.testkit.MutableClock;
import org.memberportal.kernel.testkit.RecordingNotifier;

class NotificationRelayTests {

  private final MutableClock clock = MutableClock.atStart();
  private final InMemoryHost memory = new InMemoryHost(clock);
  private final RecordingNotifier mail = new RecordingNotifier();
  private final NotificationRelay relay = new NotificationRelay(memory.outbox(), mail, clock);

  private void queue(String key) {
    memory.transactions().inTransaction(() -> {
      memory.host().notify(Notification.builder()
          .idempotencyKey(key)
          .recipient(EmailAddress.of("ada@example.org"))
          .kind("sample.hello")
          .locale(Locale.ENGLISH)
          .build());
      return null;
    });
  }

  @Test
  void mailServerOutageDelaysButNeverLosesOrDoublesANotification() {
    queue("n-1");
    queue("n-2");
    mail.failAll();

    assertThat(relay.deliverDue()).isZero();
    assertThat(mail.sent()).isEmpty();

    mail.recover();
    assertThat(relay.deliverDue()).as("not due before the back-off").isZero();
    clock.advance(Duration.ofSeconds(1));
    assertThat(relay.deliverDue()).isEqualTo(2);
    clock.advance(Duration.ofHours(2));
    assertThat(relay.deliverDue()).isZero();
    assertThat(mail.sent()).extracting(Notification::idempotencyKey).containsExactly("n-1", "n-2");
  }

  @Test
  void backOffDoublesUpToAnHour() {
    assertThat(NotificationRelay.backOff(0)).isEqualTo(Duration.ofSeconds(1));
    assertThat(NotificationRelay.backOff(3)).isEqualTo(Duration.ofSeconds(8));
    assertThat(NotificationRelay.backOff(40)).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void notificationPrintsNoParameterValue() {
    Notification n = Notification.builder()
        .idempotencyKey("k")
        .recipient(EmailAddress.of("ada.lovelace@example.org"))
        .kind("account.verification-code")
        .locale(Locale.FRENCH)
        .putParameters("code", "493817")
        .addSecretParameters("code")
        .build();

    assertThat(n.toString()).doesNotContain("493817", "ada.lovelace").contains("code", "a***@example.org");
    assertThat(n.scrubbed().parameters()).isEmpty();
  }
}
