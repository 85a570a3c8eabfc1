/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.vacancy;

import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Outcome;

/**
 * A vacancy ends: recruiters declare the competition of a closed vacancy finished, or cancel a vacancy that is not
 * finished. Applicants are told the outcome or the cancellation (policies).
 */
record Ending(Records records) {

  Outcome<Vacancy> finishCompetition(VacancyStep command, Actor actor) {
    return records.step(command, actor, VacancyAction.FINISH_COMPETITION, vacancy -> new Records.Step(
        vacancy.movedTo(VacancyStatus.COMPETITION_FINISHED),
        new VacancyEvent.CompetitionFinished(records.host().clock().instant(), actor, vacancy.id())));
  }

  Outcome<Vacancy> cancel(VacancyStep command, Actor actor) {
    return records.step(command, actor, VacancyAction.CANCEL, vacancy -> new Records.Step(
        vacancy.movedTo(VacancyStatus.CANCELLED),
        new VacancyEvent.Cancelled(records.host().clock().instant(), actor, vacancy.id())));
  }
}
