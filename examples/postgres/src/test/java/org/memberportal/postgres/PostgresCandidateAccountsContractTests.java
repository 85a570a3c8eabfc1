/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.memberportal.careers.port.CandidateAccounts;
import org.memberportal.careers.testkit.CandidateAccountsContract;
import org.memberportal.kernel.Transactions;

/** The careers module's {@link CandidateAccounts} contract, the class the in-memory store passes, on PostgreSQL. */
class PostgresCandidateAccountsContractTests extends CandidateAccountsContract {

  private static final DataSource DATABASE = EmbeddedDatabase.freshSchema("candidate_accounts_contract");
  private static final PostgresTransactions TRANSACTIONS = new PostgresTransactions(DATABASE);
  private static final PostgresCandidateAccounts STORE = new PostgresCandidateAccounts(TRANSACTIONS);

  /** Each test starts from an empty table: some use the same addresses. */
  @BeforeEach
  void empty() {
    EmbeddedDatabase.execute(DATABASE, "truncate candidate_account");
  }

  @Override
  protected CandidateAccounts accounts() {
    return STORE;
  }

  @Override
  protected Transactions transactions() {
    return TRANSACTIONS;
  }
}
