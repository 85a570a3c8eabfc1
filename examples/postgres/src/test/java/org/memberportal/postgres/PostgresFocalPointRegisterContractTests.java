/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.memberportal.affiliation.port.FocalPointRegister;
import org.memberportal.affiliation.testkit.FocalPointRegisterContract;
import org.memberportal.kernel.Transactions;

/** The affiliation module's {@link FocalPointRegister} contract, the class the in-memory register passes, on PostgreSQL. */
class PostgresFocalPointRegisterContractTests extends FocalPointRegisterContract {

  private static final DataSource DATABASE = EmbeddedDatabase.freshSchema("focal_point_seats_contract");
  private static final PostgresTransactions TRANSACTIONS = new PostgresTransactions(DATABASE);
  private static final PostgresFocalPointRegister REGISTER = new PostgresFocalPointRegister(TRANSACTIONS);

  /** Each test starts from an empty table: some read the whole of it. */
  @BeforeEach
  void empty() {
    EmbeddedDatabase.execute(DATABASE, "truncate focal_point_seats");
  }

  @Override
  protected FocalPointRegister register() {
    return REGISTER;
  }

  @Override
  protected Transactions transactions() {
    return TRANSACTIONS;
  }
}
