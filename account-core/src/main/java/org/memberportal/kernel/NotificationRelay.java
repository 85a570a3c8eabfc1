/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.apiguardian.api.API;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox: hands each due notification to the {@link Notifier} and marks it delivered, or, when
 * sending fails, schedules a retry with exponential back-off (1 s doubling, capped at one hour). The host runs
 * {@link #deliverDue()} from a timer; delivery is at least once, and the notifier deduplicates by key.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class NotificationRelay {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationRelay.class);
  private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
  private static final Duration LONGEST_RETRY = Duration.ofHours(1);
  private static final int BATCH = 100;

  private final Outbox outbox;
  private final Notifier notifier;
  private final Clock clock;

  /**
   * Creates a relay.
   *
   * @param outbox where notifications wait
   * @param notifier who sends them
   * @param clock the time source
   */
  public NotificationRelay(Outbox outbox, Notifier notifier, Clock clock) {
    this.outbox = outbox;
    this.notifier = notifier;
    this.clock = clock;
  }

  /**
   * Sends every notification that is due now.
   *
   * @return how many were delivered
   */
  public int deliverDue() {
    int delivered = 0;
    List<Outbox.Entry> batch;
    do {
      batch = outbox.claimDue(clock.instant(), BATCH);
      for (Outbox.Entry entry : batch) {
        if (deliver(entry)) {
          delivered++;
        }
      }
    } while (batch.size() == BATCH);
    return delivered;
  }

  private boolean deliver(Outbox.Entry entry) {
    Notification n = entry.notification();
    try {
      notifier.send(n);
    } catch (RuntimeException e) {
      Duration wait = backOff(entry.attempts());
      outbox.failed(n.idempotencyKey(), clock.instant().plus(wait));
      // the exception's class only: its message may quote the mail's content
      LOG.warn("notification {} ({}) not sent: {}; retry in {}", n.idempotencyKey(), n.kind(),
          e.getClass().getSimpleName(), wait);
      return false;
    }
    outbox.delivered(n.idempotencyKey(), clock.instant());
    LOG.info("notification {} ({}) delivered to {}", n.idempotencyKey(), n.kind(), n.recipient().masked());
    return true;
  }

  static Duration backOff(int failedAttempts) {
    Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(failedAttempts, 12));
    return wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait;
  }
}
