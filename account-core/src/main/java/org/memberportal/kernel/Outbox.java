package org.memberportal.kernel;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Port: notifications waiting to be sent, written in the same transaction as the command that caused them, so
 * none is sent for a command that did not commit and none is lost when the mail server is down.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public interface Outbox {

  /**
   * One notification and its delivery record.
   *
   * @param notification what to send (scrubbed of secrets once delivered)
   * @param attempts failed attempts so far
   * @param nextAttempt when it may next be tried
   * @param deliveredAt when it was delivered, if it was
   */
  record Entry(Notification notification, int attempts, Instant nextAttempt, Optional<Instant> deliveredAt) {}

  /**
   * Adds a notification in the current transaction; a second one with the same idempotency key is ignored.
   *
   * @param notification what to send
   * @param now when it becomes due
   */
  void append(Notification notification, Instant now);

  /**
   * Claims notifications due at this instant, oldest first, for one delivery run; two runs at once (on one
   * or several hosts) never claim the same entry until its claim is released.
   *
   * @param now the current instant
   * @param limit most entries to return
   * @return the claimed entries
   */
  List<Entry> claimDue(Instant now, int limit);

  /**
   * Marks a claimed notification delivered and forgets its secret parameters.
   *
   * @param idempotencyKey which one
   * @param at when
   */
  void delivered(String idempotencyKey, Instant at);

  /**
   * Releases a claimed notification that could not be sent, to be retried at the given time.
   *
   * @param idempotencyKey which one
   * @param retryAt when to try again
   */
  void failed(String idempotencyKey, Instant retryAt);

  /**
   * Every entry, oldest first, for tests, audits and operator screens.
   *
   * @return the entries
   */
  List<Entry> entries();
}
