/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.policy;

import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.memberportal.careers.application.Application;
import org.memberportal.careers.application.ApplicationAction;
import org.memberportal.careers.application.ApplicationDesk;
import org.memberportal.careers.application.ApplicationStatus;
import org.memberportal.careers.vacancy.VacancyEvent;
import org.memberportal.kernel.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applications end when their vacancy is cancelled, and applicants are told (C8, C9): every application awaiting a
 * decision ends as {@link ApplicationStatus#VACANCY_CANCELLED} (action {@code CANCEL}, actor
 * {@code Actor.system("vacancy-cancelled")}), and every applicant who now sees "vacancy cancelled"
 * ({@link Application#seesVacancyCancelled()}) gets one {@value ApplicationDesk#VACANCY_CANCELLED} notice.
 */
record ApplicationsEndWhenVacancyCancelled(SystemMoves moves) implements Consumer<VacancyEvent.Cancelled> {

  private static final Logger LOG = LoggerFactory.getLogger(ApplicationsEndWhenVacancyCancelled.class);

  @Override
  public void accept(VacancyEvent.Cancelled event) {
    int told = moves.settle(event.vacancy(), event.occurredAt(), Actor.system("vacancy-cancelled"),
        ApplicationAction.CANCEL, Optional.empty(), ApplicationDesk.VACANCY_CANCELLED,
        a -> a.seesVacancyCancelled() ? Optional.of(Map.of()) : Optional.empty());
    LOG.info("vacancy {} cancelled: {} applicants told", event.vacancy(), told);
  }
}
