/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.memberportal.careers.opening.OpeningQuery;
import org.memberportal.careers.port.Vacancies;
import org.memberportal.careers.testkit.VacanciesContract;
import org.memberportal.careers.testkit.VacancyFixtures;
import org.memberportal.careers.vacancy.Vacancy;
import org.memberportal.careers.vacancy.VacancyStatus;
import org.memberportal.careers.vacancy.VacancyType;
import org.memberportal.kernel.inmemory.InMemoryTransactions;

class InMemoryVacanciesTests extends VacanciesContract {

  @Override
  protected Vacancies createVacancies() {
    return new InMemoryVacancies(new InMemoryTransactions());
  }

  @Test
  void addIsUndoneWithItsTransaction() {
    InMemoryTransactions transactions = new InMemoryTransactions();
    InMemoryVacancies store = new InMemoryVacancies(transactions);
    Vacancy v = VacancyFixtures.vacancy(VacancyStatus.PUBLISHED, VacancyType.REGULAR_POST, "P-3",
        VacancyFixtures.HEADQUARTERS, NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(1)));

    assertThatThrownBy(() -> transactions.inTransaction(() -> {
      store.add(v);
      throw new IllegalStateException("boom");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(store.find(v.id())).isEmpty();
    assertThat(store.openings(OpeningQuery.all(), NOW).total()).isZero();
    store.add(v);
    assertThat(store.openings(OpeningQuery.all(), NOW).total()).isEqualTo(1);
  }

  @Test
  void searchByAFilterDoesNotDependOnHowManyOtherVacanciesExist() {
    InMemoryVacancies store = new InMemoryVacancies(new InMemoryTransactions());
    Instant far = NOW.plus(Duration.ofDays(60));
    for (int i = 0; i < 2000; i++) {
      store.add(VacancyFixtures.vacancy(VacancyStatus.PUBLISHED, VacancyType.REGULAR_POST, "P-3",
          VacancyFixtures.HEADQUARTERS, NOW.minus(Duration.ofDays(1)), far));
    }
    Vacancy consultant = VacancyFixtures.vacancy(VacancyStatus.PUBLISHED, VacancyType.CONSULTANT, "P-3",
        VacancyFixtures.HEADQUARTERS, NOW.minus(Duration.ofDays(1)), far);
    store.add(consultant);

    var page = store.openings(OpeningQuery.builder().addTypes(VacancyType.CONSULTANT).build(), NOW);

    assertThat(page.items()).extracting(Vacancy::id).containsExactly(consultant.id());
  }
}
