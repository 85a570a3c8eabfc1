/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.policy;

import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.memberportal.careers.application.ApplicationStatus;
import org.memberportal.careers.application.ApplicationAction;
import org.memberportal.careers.application.ApplicationDesk;
import org.memberportal.careers.vacancy.VacancyEvent;
import org.memberportal.kernel.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applicants are told the outcome when the competition finishes (C9): applications still in the pipeline become
 * "not selected" (reason {@code competition-finished}, actor {@code Actor.system("competition-finished")}), and
 * every applicant not yet told whose application has an outcome ({@link ApplicationStatus#outcome()}:
 * selected or not selected) gets one {@value ApplicationDesk#OUTCOME} notice with it.
 */
record ApplicantsToldOutcomeWhenCompetitionFinishes(SystemMoves moves) implements Consumer<VacancyEvent.CompetitionFinished> {

  private static final Logger LOG = LoggerFactory.getLogger(ApplicantsToldOutcomeWhenCompetitionFinishes.class);

  @Override
  public void accept(VacancyEvent.CompetitionFinished event) {
    int told = moves.settle(event.vacancy(), event.occurredAt(), Actor.system("competition-finished"),
        ApplicationAction.REJECT, Optional.of("competition-finished"), ApplicationDesk.OUTCOME,
        a -> a.status().outcome().map(outcome -> Map.of("outcome", outcome)));
    LOG.info("competition of vacancy {} finished: {} applicants told", event.vacancy(), told);
  }
}
