/*
 * SPDX-License-Identifier: Apache-2.0
 */
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
   * Deletes the entries delivered before an instant, in the current transaction or one of its own. The outbox
   * keeps a delivered entry (its recipient, kind and non-secret parameters) only as long as the host wants it
   * for audits and for the idempotency of late duplicates; a host job runs this, e.g. daily with a cut-off of
   * 30 days ago. Entries not delivered yet are never purged, however old. A key purged may be appended again:
   * the library's keys carry the version or the instant of what they tell, so none of its mails is queued twice
   * by a purge.
   *
   * @param deliveredBefore the cut-off: entries delivered strictly before it go
   * @return how many entries were deleted
   */
  int purgeDelivered(Instant deliveredBefore);

  /**
   * Forgets every entry whose {@link Notification#dataSubject()} is the given one, delivered or not, in the
   * current transaction (an erasure's). An undelivered one is not sent: the person asked to be forgotten, and
   * its address is being erased. A delivery run that claimed the entry before may still send it that once.
   *
   * @param dataSubject whose entries, e.g. {@code candidate:<id>}
   * @return how many entries were deleted
   */
  int forget(String dataSubject);

  /**
   * Every entry, oldest first, for tests, audits and operator screens.
   *
   * @return the entries
   */
  List<Entry> entries();
}
