/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.application;

import java.time.Instant;
import org.apiguardian.api.API;
import org.memberportal.careers.vacancy.VacancyId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;

/**
 * Something that happened to an application; its subject is {@code "application:<id>"}. Ids and states only.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public sealed interface ApplicationEvent extends DomainEvent {

  /**
   * The application.
   *
   * @return its id
   */
  ApplicationId application();

  @Override
  default String subject() {
    return "application:" + application();
  }

  /**
   * A candidate started a draft application.
   *
   * @param application the application
   * @param vacancy the vacancy
   * @param occurredAt when
   * @param actor who
   */
  record DraftStarted(ApplicationId application, VacancyId vacancy, Instant occurredAt, Actor actor)
      implements ApplicationEvent {}

  /**
   * A draft's content was saved.
   *
   * @param application the application
   * @param occurredAt when
   * @param actor who
   */
  record DraftSaved(ApplicationId application, Instant occurredAt, Actor actor) implements ApplicationEvent {}

  /**
   * A draft was deleted by its candidate.
   *
   * @param application the application
   * @param occurredAt when
   * @param actor who
   */
  record DraftDeleted(ApplicationId application, Instant occurredAt, Actor actor) implements ApplicationEvent {}

  /**
   * The application moved in its workflow (submitted, screened, withdrawn, not selected ...).
   *
   * @param application the application
   * @param move the audited move
   * @param occurredAt when
   * @param actor who
   */
  record Moved(ApplicationId application, Move move, Instant occurredAt, Actor actor) implements ApplicationEvent {}

  /**
   * The candidate was formally told the outcome of the finished competition, or that the vacancy was cancelled.
   *
   * @param application the application
   * @param occurredAt when
   * @param actor who
   */
  record OutcomeNotified(ApplicationId application, Instant occurredAt, Actor actor) implements ApplicationEvent {}
}
