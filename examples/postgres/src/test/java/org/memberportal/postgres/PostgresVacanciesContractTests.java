/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import javax.sql.DataSource;
import org.memberportal.careers.port.Vacancies;
import org.memberportal.careers.testkit.VacanciesContract;

/** The careers module's {@link Vacancies} contract, the class the in-memory store passes, on PostgreSQL. */
class PostgresVacanciesContractTests extends VacanciesContract {

  private static final DataSource DATABASE = EmbeddedDatabase.freshSchema("vacancies_contract");
  private static final PostgresTransactions TRANSACTIONS = new PostgresTransactions(DATABASE);

  @Override
  protected Vacancies createVacancies() {
    // the openings read every published vacancy: each test starts from an empty table
    EmbeddedDatabase.execute(DATABASE, "truncate vacancy cascade");
    return new PostgresVacancies(TRANSACTIONS);
  }
}
