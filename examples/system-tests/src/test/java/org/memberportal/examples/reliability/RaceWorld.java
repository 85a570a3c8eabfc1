/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.reliability;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.memberportal.account.AccountSummary;
import org.memberportal.account.UserAccounts;
import org.memberportal.affiliation.AffiliationModule;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.organisation.Organisation;
import org.memberportal.careers.CandidateId;
import org.memberportal.careers.alert.JobAlerts;
import org.memberportal.careers.candidate.CareersAccounts;
import org.memberportal.careers.vacancy.VacancyDesk;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.Secret;
import org.memberportal.postgres.RecordedEvent;
import org.memberportal.ties.TiesModule;

/**
 * What a race needs of the library, whichever adapters it runs on: the in-memory {@link Portal} or the
 * PostgreSQL one ({@link PostgresWorld}). Stores are read through the services and the event log, so the same
 * assertions hold on both.
 */
interface RaceWorld {

  /** The adapters' name, for the report. */
  String adapter();

  UserAccounts accounts();

  AffiliationModule affiliation();

  TiesModule ties();

  CareersAccounts candidates();

  /** The recruiters' vacancies (careers-core). */
  VacancyDesk vacancies();

  /** The candidates' job alerts (careers-core). */
  JobAlerts alerts();

  Portal.Staffed staffed(String name);

  AccountSummary activeAccount(String who);

  AccountSummary tiesUser(Portal.Staffed org, String who);

  Affiliation request(AccountSummary user, Organisation org);

  Secret lastCode(String email, String kind);

  /** The event log's trail of a subject. */
  List<DomainEvent> trail(String subject);

  /** How many accounts hold this address (the store's own count, not a lookup that stops at the first). */
  long accountsWithEmail(String email);

  /** How many careers accounts hold this address. */
  long candidatesWithEmail(String email);

  Optional<AccountId> accountId(String email);

  Optional<CandidateId> candidateId(String email);

  <T> Portal.Attempt<T> attempt(String what, Supplier<T> command);

  /** Remembers the secrets now in the stores and scans what was captured. */
  void audit();

  /**
   * How many events of a type a subject's trail holds; on PostgreSQL the log gives back {@link RecordedEvent}s,
   * matched by the class they were recorded from.
   *
   * @param subject the subject
   * @param type the event type
   * @return the count
   */
  default long events(String subject, Class<? extends DomainEvent> type) {
    return trail(subject).stream().filter(e -> type.isInstance(e)
        || e instanceof RecordedEvent r && r.eventClass().equals(type.getName())).count();
  }
}
