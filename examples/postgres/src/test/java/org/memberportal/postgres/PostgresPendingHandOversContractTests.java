/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.memberportal.kernel.Transactions;
import org.memberportal.ties.port.PendingHandOvers;
import org.memberportal.ties.testkit.PendingHandOversContract;

/** The TIES module's {@link PendingHandOvers} contract, the class the in-memory store passes, on PostgreSQL. */
class PostgresPendingHandOversContractTests extends PendingHandOversContract {

  private static final DataSource DATABASE = EmbeddedDatabase.freshSchema("ties_hand_over_contract");
  private static final PostgresTransactions TRANSACTIONS = new PostgresTransactions(DATABASE);
  private static final PostgresPendingHandOvers PENDING = new PostgresPendingHandOvers(TRANSACTIONS);

  /** Each test starts from an empty table: the contract's token hashes are fixed strings. */
  @BeforeEach
  void empty() {
    EmbeddedDatabase.execute(DATABASE, "truncate ties_pending_hand_over");
  }

  @Override
  protected PendingHandOvers pending() {
    return PENDING;
  }

  @Override
  protected Transactions transactions() {
    return TRANSACTIONS;
  }
}
