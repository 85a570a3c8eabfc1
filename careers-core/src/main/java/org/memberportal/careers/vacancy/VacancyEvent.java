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
@DomainEvent.Subject(kind = "vacancy")
public sealed interface VacancyEvent extends DomainEvent {

  /**
   * The vacancy.
   *
   * @return its id
   */
  VacancyId vacancy();

  /**
   * A recruiter drafted a vacancy.
   *
   * @param occurredAt when
   * @param actor who
   * @param vacancy the vacancy
   */
  record Drafted(Instant occurredAt, Actor actor, VacancyId vacancy) implements VacancyEvent {}

  /**
   * A recruiter revised a draft.
   *
   * @param occurredAt when
   * @param actor who
   * @param vacancy the vacancy
   */
  record Revised(Instant occurredAt, Actor actor, VacancyId vacancy) implements VacancyEvent {}

  /**
   * A vacancy was published; job alerts react to it.
   *
   * @param occurredAt when
   * @param actor who
   * @param vacancy the vacancy
   */
  record Published(Instant occurredAt, Actor actor, VacancyId vacancy) implements VacancyEvent {}

  /**
   * A vacancy closed, at its deadline (actor: the system) or early (a recruiter).
   *
   * @param occurredAt when
   * @param actor who
   * @param vacancy the vacancy
   */
  record Closed(Instant occurredAt, Actor actor, VacancyId vacancy) implements VacancyEvent {}

  /**
   * The competition of a vacancy finished; applicants not yet told are notified of the outcome.
   *
   * @param occurredAt when
   * @param actor who
   * @param vacancy the vacancy
   */
  record CompetitionFinished(Instant occurredAt, Actor actor, VacancyId vacancy) implements VacancyEvent {}

  /**
   * A vacancy was cancelled.
   *
   * @param occurredAt when
   * @param actor who
   * @param vacancy the vacancy
   */
  record Cancelled(Instant occurredAt, Actor actor, VacancyId vacancy) implements VacancyEvent {}
}
