/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel.inmemory;

import java.time.Clock;
import org.apiguardian.api.API;
import org.memberportal.kernel.EventBus;
import org.memberportal.kernel.Host;

/**
 * The kernel's in-memory ports wired together: transactions, event log and bus, outbox. The modules'
 * in-memory stores take {@link #transactions()} so that their writes roll back with the command.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class InMemoryHost {

  private final InMemoryTransactions transactions = new InMemoryTransactions();
  private final InMemoryEventLog eventLog = new InMemoryEventLog(transactions);
  private final InMemoryOutbox outbox = new InMemoryOutbox(transactions);
  private final Host host;

  /**
   * Creates the in-memory ports.
   *
   * @param clock the time source
   */
  public InMemoryHost(Clock clock) {
    this.host = new Host(transactions, new EventBus(eventLog), outbox, clock);
  }

  /**
   * The host to build services with.
   *
   * @return the host
   */
  public Host host() {
    return host;
  }

  /**
   * The transactions, for the modules' in-memory stores.
   *
   * @return the transactions
   */
  public InMemoryTransactions transactions() {
    return transactions;
  }

  /**
   * The event log.
   *
   * @return the log
   */
  public InMemoryEventLog eventLog() {
    return eventLog;
  }

  /**
   * The outbox.
   *
   * @return the outbox
   */
  public InMemoryOutbox outbox() {
    return outbox;
  }
}
