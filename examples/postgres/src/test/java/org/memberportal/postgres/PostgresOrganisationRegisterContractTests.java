/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.memberportal.affiliation.port.OrganisationRegister;
import org.memberportal.affiliation.testkit.OrganisationRegisterContract;
import org.memberportal.kernel.Transactions;

/** The affiliation module's {@link OrganisationRegister} contract, the class the in-memory register passes, on PostgreSQL. */
class PostgresOrganisationRegisterContractTests extends OrganisationRegisterContract {

  private static final DataSource DATABASE = EmbeddedDatabase.freshSchema("organisation_contract");
  private static final PostgresTransactions TRANSACTIONS = new PostgresTransactions(DATABASE);
  private static final PostgresOrganisationRegister REGISTER = new PostgresOrganisationRegister(TRANSACTIONS);

  /** Each test starts from an empty table: some read the whole of it. */
  @BeforeEach
  void empty() {
    EmbeddedDatabase.execute(DATABASE, "truncate organisation");
  }

  @Override
  protected OrganisationRegister register() {
    return REGISTER;
  }

  @Override
  protected Transactions transactions() {
    return TRANSACTIONS;
  }
}
