/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import javax.sql.DataSource;
import org.memberportal.careers.port.Applications;
import org.memberportal.careers.testkit.ApplicationsContract;

/** The careers module's {@link Applications} contract, the class the in-memory store passes, on PostgreSQL. */
class PostgresApplicationsContractTests extends ApplicationsContract {

  private static final DataSource DATABASE = EmbeddedDatabase.freshSchema("applications_contract");
  private static final PostgresTransactions TRANSACTIONS = new PostgresTransactions(DATABASE);

  @Override
  protected Applications createApplications() {
    EmbeddedDatabase.execute(DATABASE, "truncate application cascade");
    return new PostgresApplications(TRANSACTIONS);
  }
}
