/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import javax.sql.DataSource;
import org.memberportal.kernel.Transactions;
import org.memberportal.ties.port.TiesAccountRegister;
import org.memberportal.ties.testkit.TiesAccountRegisterContract;

/** The TIES module's {@link TiesAccountRegister} contract, the class the in-memory register passes, on PostgreSQL. */
class PostgresTiesAccountRegisterContractTests extends TiesAccountRegisterContract {

  private static final DataSource DATABASE = EmbeddedDatabase.freshSchema("ties_account_contract");
  private static final PostgresTransactions TRANSACTIONS = new PostgresTransactions(DATABASE);
  private static final PostgresTiesAccountRegister REGISTER = new PostgresTiesAccountRegister(TRANSACTIONS);

  @Override
  protected TiesAccountRegister register() {
    return REGISTER;
  }

  @Override
  protected Transactions transactions() {
    return TRANSACTIONS;
  }
}
