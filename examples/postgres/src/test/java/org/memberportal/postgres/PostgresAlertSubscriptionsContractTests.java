/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import javax.sql.DataSource;
import org.memberportal.careers.port.AlertSubscriptions;
import org.memberportal.careers.testkit.AlertSubscriptionsContract;

/** The careers module's {@link AlertSubscriptions} contract, the class the in-memory store passes, on PostgreSQL. */
class PostgresAlertSubscriptionsContractTests extends AlertSubscriptionsContract {

  private static final DataSource DATABASE = EmbeddedDatabase.freshSchema("alerts_contract");
  private static final PostgresTransactions TRANSACTIONS = new PostgresTransactions(DATABASE);

  @Override
  protected AlertSubscriptions createSubscriptions() {
    // matching reads every alert: each test starts from an empty table
    EmbeddedDatabase.execute(DATABASE, "truncate job_alert");
    return new PostgresAlertSubscriptions(TRANSACTIONS);
  }
}
