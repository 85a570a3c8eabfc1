/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import javax.sql.DataSource;
import org.memberportal.account.port.PasskeyChallenges;
import org.memberportal.account.testkit.PasskeyChallengesContract;
import org.memberportal.kernel.Transactions;

class PostgresPasskeyChallengesContractTests extends PasskeyChallengesContract {

  private static final DataSource DATABASE = EmbeddedDatabase.freshSchema("challenges_contract");
  private static final PostgresTransactions TRANSACTIONS = new PostgresTransactions(DATABASE);

  @Override
  protected PasskeyChallenges challenges() {
    EmbeddedDatabase.execute(DATABASE, "truncate passkey_challenge");
    return new PostgresPasskeyChallenges(TRANSACTIONS);
  }

  @Override
  protected Transactions transactions() {
    return TRANSACTIONS;
  }
}
