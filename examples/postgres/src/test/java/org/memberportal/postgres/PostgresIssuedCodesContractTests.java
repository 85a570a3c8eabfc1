/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import javax.sql.DataSource;
import org.memberportal.account.port.IssuedCodes;
import org.memberportal.account.testkit.IssuedCodesContract;
import org.memberportal.kernel.Transactions;

/** The account module's {@link IssuedCodes} contract, the class the in-memory store passes, on PostgreSQL. */
class PostgresIssuedCodesContractTests extends IssuedCodesContract {

  private static final DataSource DATABASE = EmbeddedDatabase.freshSchema("codes_contract");
  private static final PostgresTransactions TRANSACTIONS = new PostgresTransactions(DATABASE);

  @Override
  protected IssuedCodes codes() {
    EmbeddedDatabase.execute(DATABASE, "truncate issued_code");
    return new PostgresIssuedCodes(TRANSACTIONS);
  }

  @Override
  protected Transactions transactions() {
    return TRANSACTIONS;
  }
}
