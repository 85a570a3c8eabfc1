/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.Notification;
import org.memberportal.kernel.Notifier;

/**
 * A notifier that keeps what it is sent (once per idempotency key, as a real one must) and can be told to
 * fail, to simulate a mail server outage. Thread-safe.
 */
public final class RecordingNotifier implements Notifier {

  private final Map<String, Notification> sent = new LinkedHashMap<>();
  private int calls;
  private Predicate<Notification> failing = n -> false;

  @Override
  public synchronized void send(Notification notification) {
    calls++;
    if (failing.test(notification)) {
      throw new IllegalStateException("mail server unavailable (simulated)");
    }
    sent.putIfAbsent(notification.idempotencyKey(), notification);
  }

  /**
   * Makes every send fail until {@link #recover()}.
   */
  public synchronized void failAll() {
    failing = n -> true;
  }

  /**
   * Makes the sends that match fail.
   *
   * @param which the notifications to refuse
   */
  public synchronized void failWhen(Predicate<Notification> which) {
    failing = which;
  }

  /** Makes sends succeed again. */
  public synchronized void recover() {
    failing = n -> false;
  }

  /**
   * Everything delivered, once per key, in order.
   *
   * @return the notifications
   */
  public synchronized List<Notification> sent() {
    return new ArrayList<>(sent.values());
  }

  /**
   * What was delivered to one address.
   *
   * @param recipient the address
   * @return its notifications
   */
  public synchronized List<Notification> sentTo(EmailAddress recipient) {
    return sent.values().stream().filter(n -> n.recipient().equals(recipient)).toList();
  }

  /**
   * The latest notification of a kind to an address.
   *
   * @param recipient the address
   * @param kind the kind
   * @return the notification, if any
   */
  public synchronized Optional<Notification> last(EmailAddress recipient, String kind) {
    List<Notification> all = sentTo(recipient).stream().filter(n -> n.kind().equals(kind)).toList();
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /**
   * How many times {@link #send} was called, including failures and duplicates.
   *
   * @return the number of calls
   */
  public synchronized int calls() {
    return calls;
  }
}
