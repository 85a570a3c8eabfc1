/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import javax.sql.DataSource;
import org.memberportal.kernel.EventLog;
import org.memberportal.kernel.Outbox;
import org.memberportal.kernel.Transactions;
import org.memberportal.kernel.testkit.TransactionsContract;

/** The kernel's transactions, event log and outbox contract, on PostgreSQL. */
class PostgresTransactionsContractTests extends TransactionsContract {

  private static final DataSource DATABASE = EmbeddedDatabase.freshSchema("transactions_contract");
  private static final PostgresTransactions TRANSACTIONS = new PostgresTransactions(DATABASE);
  private static final PostgresEventLog EVENT_LOG = new PostgresEventLog(TRANSACTIONS);
  private static final PostgresOutbox OUTBOX = new PostgresOutbox(TRANSACTIONS);

  @Override
  protected Transactions transactions() {
    return TRANSACTIONS;
  }

  @Override
  protected EventLog eventLog() {
    return EVENT_LOG;
  }

  @Override
  protected Outbox outbox() {
    return OUTBOX;
  }
}
