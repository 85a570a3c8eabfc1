/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import javax.sql.DataSource;
import org.memberportal.account.port.Accounts;
import org.memberportal.account.testkit.AccountsContract;
import org.memberportal.kernel.Transactions;

/** The account module's {@link Accounts} contract, the class the in-memory store passes, on PostgreSQL. */
class PostgresAccountsContractTests extends AccountsContract {

  private static final DataSource DATABASE = EmbeddedDatabase.freshSchema("accounts_contract");
  private static final PostgresTransactions TRANSACTIONS = new PostgresTransactions(DATABASE);

  @Override
  protected Accounts accounts() {
    // each test wants an empty store: emptying the table is much cheaper than migrating a new schema
    EmbeddedDatabase.execute(DATABASE, "truncate account");
    return new PostgresAccounts(TRANSACTIONS);
  }

  @Override
  protected Transactions transactions() {
    return TRANSACTIONS;
  }
}
