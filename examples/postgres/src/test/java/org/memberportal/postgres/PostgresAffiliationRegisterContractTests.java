/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.memberportal.affiliation.port.AffiliationRegister;
import org.memberportal.affiliation.testkit.AffiliationRegisterContract;
import org.memberportal.kernel.Transactions;

/** The affiliation module's {@link AffiliationRegister} contract, the class the in-memory register passes, on PostgreSQL. */
class PostgresAffiliationRegisterContractTests extends AffiliationRegisterContract {

  private static final DataSource DATABASE = EmbeddedDatabase.freshSchema("affiliation_contract");
  private static final PostgresTransactions TRANSACTIONS = new PostgresTransactions(DATABASE);
  private static final PostgresAffiliationRegister REGISTER = new PostgresAffiliationRegister(TRANSACTIONS);

  /** Each test starts from an empty table: some read the whole of it. */
  @BeforeEach
  void empty() {
    EmbeddedDatabase.execute(DATABASE, "truncate affiliation");
  }

  @Override
  protected AffiliationRegister register() {
    return REGISTER;
  }

  @Override
  protected Transactions transactions() {
    return TRANSACTIONS;
  }
}
