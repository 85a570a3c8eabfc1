/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import javax.sql.DataSource;
import org.memberportal.careers.port.Consents;
import org.memberportal.careers.testkit.ConsentsContract;
import org.memberportal.kernel.Transactions;

/** The careers module's {@link Consents} contract, the class the in-memory store passes, on PostgreSQL. */
class PostgresConsentsContractTests extends ConsentsContract {

  private static final DataSource DATABASE = EmbeddedDatabase.freshSchema("consents_contract");
  private static final PostgresTransactions TRANSACTIONS = new PostgresTransactions(DATABASE);
  private static final PostgresConsents STORE = new PostgresConsents(TRANSACTIONS);

  @Override
  protected Consents consents() {
    return STORE;
  }

  @Override
  protected Transactions transactions() {
    return TRANSACTIONS;
  }
}
