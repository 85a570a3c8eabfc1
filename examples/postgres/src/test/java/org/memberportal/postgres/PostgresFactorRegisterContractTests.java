/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import javax.sql.DataSource;
import org.memberportal.account.port.FactorRegister;
import org.memberportal.account.testkit.FactorRegisterContract;
import org.memberportal.kernel.Transactions;

class PostgresFactorRegisterContractTests extends FactorRegisterContract {

  private static final DataSource DATABASE = EmbeddedDatabase.freshSchema("factors_contract");
  private static final PostgresTransactions TRANSACTIONS = new PostgresTransactions(DATABASE);

  @Override
  protected FactorRegister register() {
    EmbeddedDatabase.execute(DATABASE, "truncate factor_enrolment");
    return new PostgresFactorRegister(TRANSACTIONS);
  }

  @Override
  protected Transactions transactions() {
    return TRANSACTIONS;
  }
}
