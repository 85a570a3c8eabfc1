/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.vacancy;

import java.time.Instant;
import org.apiguardian.api.API;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;

/**
 * Something that happened to a vacancy; its subject is {@code "vacancy:<id>"}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public sealed interface VacancyEvent extends DomainEvent {

  /**
   * The vacancy.
   *
   * @return its id
   */
  VacancyId vacancy();

  @Override
  default String subject() {
    return "vacancy:" + vacancy();
  }

  /**
   * A recruiter drafted a vacancy.
   *
   * @param vacancy the vacancy
   * @param occurredAt when
   * @param actor who
   */
  record Drafted(VacancyId vacancy, Instant occurredAt, Actor actor) implements VacancyEvent {}

  /**
   * A recruiter revised a draft.
   *
   * @param vacancy the vacancy
   * @param occurredAt when
   * @param actor who
   */
  record Revised(VacancyId vacancy, Instant occurredAt, Actor actor) implements VacancyEvent {}

  /**
   * A vacancy was published; job alerts react to it.
   *
   * @param vacancy the vacancy
   * @param occurredAt when
   * @param actor who
   */
  record Published(VacancyId vacancy, Instant occurredAt, Actor actor) implements VacancyEvent {}

  /**
   * A vacancy closed, at its deadline (actor: the system) or early (a recruiter).
   *
   * @param vacancy the vacancy
   * @param occurredAt when
   * @param actor who
   */
  record Closed(VacancyId vacancy, Instant occurredAt, Actor actor) implements VacancyEvent {}

  /**
   * The competition of a vacancy finished; applicants not yet told are notified of the outcome.
   *
   * @param vacancy the vacancy
   * @param occurredAt when
   * @param actor who
   */
  record CompetitionFinished(VacancyId vacancy, Instant occurredAt, Actor actor) implements VacancyEvent {}

  /**
   * A vacancy was cancelled.
   *
   * @param vacancy the vacancy
   * @param occurredAt when
   * @param actor who
   */
  record Cancelled(VacancyId vacancy, Instant occurredAt, Actor actor) implements VacancyEvent {}
}
