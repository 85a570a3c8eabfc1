/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import javax.sql.DataSource;
import org.memberportal.careers.port.Profiles;
import org.memberportal.careers.testkit.ProfilesContract;
import org.memberportal.kernel.Transactions;

/** The careers module's {@link Profiles} contract, the class the in-memory store passes, on PostgreSQL. */
class PostgresProfilesContractTests extends ProfilesContract {

  private static final DataSource DATABASE = EmbeddedDatabase.freshSchema("profiles_contract");
  private static final PostgresTransactions TRANSACTIONS = new PostgresTransactions(DATABASE);
  private static final PostgresProfiles PROFILES = new PostgresProfiles(TRANSACTIONS);

  @Override
  protected Profiles profiles() {
    return PROFILES;
  }

  @Override
  protected Transactions transactions() {
    return TRANSACTIONS;
  }
}
