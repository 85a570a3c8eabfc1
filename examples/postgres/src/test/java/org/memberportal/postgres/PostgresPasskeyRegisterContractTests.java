/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import javax.sql.DataSource;
import org.memberportal.account.port.PasskeyRegister;
import org.memberportal.account.testkit.PasskeyRegisterContract;
import org.memberportal.kernel.Transactions;

class PostgresPasskeyRegisterContractTests extends PasskeyRegisterContract {

  private static final DataSource DATABASE = EmbeddedDatabase.freshSchema("passkeys_contract");
  private static final PostgresTransactions TRANSACTIONS = new PostgresTransactions(DATABASE);

  @Override
  protected PasskeyRegister register() {
    EmbeddedDatabase.execute(DATABASE, "truncate passkey");
    return new PostgresPasskeyRegister(TRANSACTIONS);
  }

  @Override
  protected Transactions transactions() {
    return TRANSACTIONS;
  }
}
