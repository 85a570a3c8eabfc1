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
@DomainEvent.Subject(kind = "application")
public sealed interface ApplicationEvent extends DomainEvent {

  /**
   * The application.
   *
   * @return its id
   */
  ApplicationId application();

  /**
   * A candidate started a draft application.
   *
   * @param occurredAt when
   * @param actor who
   * @param application the application
   * @param vacancy the vacancy
   */
  record DraftStarted(Instant occurredAt, Actor actor, ApplicationId application, VacancyId vacancy)
      implements ApplicationEvent {}

  /**
   * A draft's content was saved.
   *
   * @param occurredAt when
   * @param actor who
   * @param application the application
   */
  record DraftSaved(Instant occurredAt, Actor actor, ApplicationId application) implements ApplicationEvent {}

  /**
   * A draft was deleted by its candidate.
   *
   * @param occurredAt when
   * @param actor who
   * @param application the application
   */
  record DraftDeleted(Instant occurredAt, Actor actor, ApplicationId application) implements ApplicationEvent {}

  /**
   * The application moved in its workflow (submitted, screened, withdrawn, not selected ...).
   *
   * @param occurredAt when
   * @param actor who
   * @param application the application
   * @param move the audited move
   */
  record Moved(Instant occurredAt, Actor actor, ApplicationId application, Move move) implements ApplicationEvent {}

  /**
   * The candidate was formally told the outcome of the finished competition, or that the vacancy was cancelled.
   *
   * @param occurredAt when
   * @param actor who
   * @param application the application
   */
  record OutcomeNotified(Instant occurredAt, Actor actor, ApplicationId application) implements ApplicationEvent {}
}
