/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.alert;

import java.time.Instant;
import org.apiguardian.api.API;
import org.memberportal.careers.vacancy.VacancyId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;

/**
 * Something that happened to a job alert; its subject is {@code "job-alert:<id>"}. No address in clear.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public sealed interface AlertEvent extends DomainEvent {

  /**
   * The alert.
   *
   * @return its id
   */
  AlertId alert();

  @Override
  default String subject() {
    return "job-alert:" + alert();
  }

  /**
   * A candidate subscribed.
   *
   * @param alert the alert
   * @param occurredAt when
   * @param actor who
   */
  record Subscribed(AlertId alert, Instant occurredAt, Actor actor) implements AlertEvent {}

  /**
   * A candidate unsubscribed.
   *
   * @param alert the alert
   * @param occurredAt when
   * @param actor who
   */
  record Unsubscribed(AlertId alert, Instant occurredAt, Actor actor) implements AlertEvent {}

  /**
   * A published vacancy matched the alert and its owner was notified.
   *
   * @param alert the alert
   * @param vacancy the vacancy
   * @param occurredAt when
   * @param actor who published the vacancy
   */
  record Matched(AlertId alert, VacancyId vacancy, Instant occurredAt, Actor actor) implements AlertEvent {}
}
