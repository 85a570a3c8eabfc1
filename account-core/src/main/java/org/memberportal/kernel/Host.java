/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel;

import java.time.Clock;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every module needs from the host besides its own stores: transactions, the event bus (with its log),
 * the outbox and the clock. One {@code Host} is shared by all modules of an application, so that policies
 * subscribed across modules run in the same transaction as the command that caused them.
 *
 * @param transactions runs each command atomically
 * @param events publishes events to the log and to policies
 * @param outbox holds notifications until delivered
 * @param clock the time source; nothing in the library reads the system clock directly
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record Host(Transactions transactions, EventBus events, Outbox outbox, Clock clock) {

  private static final Logger LOG = LoggerFactory.getLogger(Host.class);

  /**
   * Runs a command: the work, then the publication of its events, in one transaction. A failure of the
   * library's own kind passes through unchanged; any other exception (a port's) rolls back and becomes
   * {@link Unavailable}, so nothing but {@link PortalException} leaves a command.
   *
   * @param work the command's work, returning its outcome
   * @param <T> the outcome's value
   * @return the outcome, committed
   */
  public <T> Outcome<T> command(Supplier<Outcome<T>> work) {
    try {
      return transactions.inTransaction(() -> {
        Outcome<T> outcome = work.get();
        events.publish(outcome.events());
        return outcome;
      });
    } catch (PortalException e) {
      throw e;
    } catch (RuntimeException e) {
      LOG.error("command rolled back: a port failed with {}", e.getClass().getName());
      throw new Unavailable(e);
    }
  }

  /**
   * Runs a query, translating port failures like {@link #command(Supplier)} does.
   *
   * @param work the query
   * @param <T> its result
   * @return the result
   */
  public <T> T query(Supplier<T> work) {
    try {
      return work.get();
    } catch (PortalException e) {
      throw e;
    } catch (RuntimeException e) {
      LOG.error("query failed: a port failed with {}", e.getClass().getName());
      throw new Unavailable(e);
    }
  }

  /**
   * Queues a notification in the current transaction, due now.
   *
   * @param notification what to send once the command commits
   */
  public void notify(Notification notification) {
    outbox.append(notification, clock.instant());
  }
}
