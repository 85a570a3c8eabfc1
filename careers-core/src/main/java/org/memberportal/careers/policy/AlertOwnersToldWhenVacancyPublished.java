/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.policy;

import java.util.List;
import java.util.function.Consumer;
import org.memberportal.careers.CareersRefusals;
import org.memberportal.careers.alert.AlertEvent;
import org.memberportal.careers.alert.JobAlert;
import org.memberportal.careers.port.AlertSubscriptions;
import org.memberportal.careers.port.Vacancies;
import org.memberportal.careers.vacancy.Vacancy;
import org.memberportal.careers.vacancy.VacancyEvent;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Matching alerts' owners are told when a vacancy is published (C11): each alert whose criteria match the vacancy
 * ({@link AlertSubscriptions#matching}) sends its owner {@link JobAlert#notice} once and records
 * {@link AlertEvent.Matched}, in the publication's transaction.
 */
record AlertOwnersToldWhenVacancyPublished(Host host, AlertSubscriptions subscriptions, Vacancies vacancies) implements Consumer<VacancyEvent.Published> {

  private static final Logger LOG = LoggerFactory.getLogger(AlertOwnersToldWhenVacancyPublished.class);

  @Override
  public void accept(VacancyEvent.Published event) {
    Vacancy vacancy = vacancies.find(event.vacancy()).orElseThrow(
        () -> new NotFound(CareersRefusals.VACANCY_NOT_FOUND, "published vacancy " + event.vacancy() + " is missing"));
    List<JobAlert> matching = subscriptions.matching(vacancy);
    for (JobAlert alert : matching) {
      host.notify(alert.notice(vacancy));
      host.events().publish(List.of(
          new AlertEvent.Matched(event.occurredAt(), event.actor(), alert.id(), vacancy.id())));
    }
    LOG.info("vacancy {} matched {} job alerts", vacancy.id(), matching.size());
  }
}
