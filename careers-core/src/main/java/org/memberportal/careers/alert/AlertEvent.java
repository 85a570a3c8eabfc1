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
@DomainEvent.Subject(kind = "job-alert")
public sealed interface AlertEvent extends DomainEvent {

  /**
   * The alert.
   *
   * @return its id
   */
  AlertId alert();

  /**
   * A candidate subscribed.
   *
   * @param occurredAt when
   * @param actor who
   * @param alert the alert
   */
  record Subscribed(Instant occurredAt, Actor actor, AlertId alert) implements AlertEvent {}

  /**
   * A candidate unsubscribed.
   *
   * @param occurredAt when
   * @param actor who
   * @param alert the alert
   */
  record Unsubscribed(Instant occurredAt, Actor actor, AlertId alert) implements AlertEvent {}

  /**
   * A published vacancy matched the alert and its owner was notified.
   *
   * @param occurredAt when
   * @param actor who published the vacancy
   * @param alert the alert
   * @param vacancy the vacancy
   */
  record Matched(Instant occurredAt, Actor actor, AlertId alert, VacancyId vacancy) implements AlertEvent {}
}
