/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import java.time.Clock;
import javax.sql.DataSource;
import org.apiguardian.api.API;
import org.memberportal.kernel.EventBus;
import org.memberportal.kernel.Host;

/**
 * The kernel's ports on PostgreSQL wired together, the JDBC counterpart of {@code InMemoryHost}: one instance
 * per library instance; several instances may share one database. The modules' JDBC stores take
 * {@link #transactions()} so that their writes commit with the command's events and notifications, in the
 * library's own transactions ({@link PostgresTransactions}) or in the host's ({@link Connections#joining}).
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class PostgresHost {

  private final Connections transactions;
  private final PostgresEventLog eventLog;
  private final PostgresOutbox outbox;
  private final Host host;

  /**
   * Creates the ports over a database whose schema is migrated (see {@link PostgresSchema}).
   *
   * @param dataSource where connections come from
   * @param clock the time source
   */
  public PostgresHost(DataSource dataSource, Clock clock) {
    this(new PostgresTransactions(dataSource), clock);
  }

  /**
   * Creates the ports on given transactions, such as the host's own ({@link Connections#joining}).
   *
   * @param transactions the transactions every store, the event log and the outbox join
   * @param clock the time source
   * @since 0.2.0
   */
  public PostgresHost(Connections transactions, Clock clock) {
    this.transactions = transactions;
    this.eventLog = new PostgresEventLog(transactions);
    this.outbox = new PostgresOutbox(transactions);
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
   * The transactions, for the modules' JDBC stores.
   *
   * @return the transactions
   */
  public Connections transactions() {
    return transactions;
  }

  /**
   * The event log.
   *
   * @return the log
   */
  public PostgresEventLog eventLog() {
    return eventLog;
  }

  /**
   * The outbox.
   *
   * @return the outbox
   */
  public PostgresOutbox outbox() {
    return outbox;
  }
}
