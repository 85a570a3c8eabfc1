/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.policy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.memberportal.careers.CareersRefusals;
import org.memberportal.careers.CareersRole;
import org.memberportal.careers.application.Application;
import org.memberportal.careers.application.ApplicationAction;
import org.memberportal.careers.application.ApplicationEvent;
import org.memberportal.careers.application.Notices;
import org.memberportal.careers.port.Applications;
import org.memberportal.careers.port.Vacancies;
import org.memberportal.careers.vacancy.Vacancy;
import org.memberportal.careers.vacancy.VacancyId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.NotFound;

/**
 * The library's own moves on applications, which the application policies share: a move made as
 * {@link CareersRole#SYSTEM}, saved and recorded as {@link ApplicationEvent.Moved}; the settlement of a vacancy's
 * applications when it is cancelled or its competition finishes; the vacancy a policy's notices name.
 */
record SystemMoves(Host host, Applications applications, Vacancies vacancies) {

  /** Moves the application as the library, saves it and adds its {@link ApplicationEvent.Moved} to the events. */
  Application move(Application a, ApplicationAction action, Actor system, Instant at, Optional<String> reason,
      List<DomainEvent> events) {
    Application moved = applications.update(a.moved(action, Set.of(CareersRole.SYSTEM), system, at, reason,
        Optional.empty()));
    events.add(new ApplicationEvent.Moved(at, system, moved.id(), moved.lastMove().orElseThrow()));
    return moved;
  }

  /**
   * Settles a vacancy's applications: ends every one still in the pipeline with the library's move, then tells
   * each applicant not yet told whom the rule names, once (with the notice's parameters), and records on the
   * application that they were told ({@link Application#outcomeTold()}), so a retried batch never tells twice.
   *
   * @param vacancy the vacancy
   * @param at when
   * @param system the library, named for the policy
   * @param end the move that ends an application still in the pipeline
   * @param reason its reason code
   * @param kind the notice's kind
   * @param toldWith who is told, with which extra parameters (empty: not told)
   * @return how many applicants were told
   */
  int settle(VacancyId vacancy, Instant at, Actor system, ApplicationAction end, Optional<String> reason,
      String kind, Function<Application, Optional<Map<String, String>>> toldWith) {
    Vacancy notified = vacancy(vacancy);
    List<DomainEvent> events = new ArrayList<>();
    int told = 0;
    for (Application current : applications.ofVacancy(vacancy)) {
      if (current.status().inPipeline()) {
        current = move(current, end, system, at, reason, events);
      }
      Optional<Map<String, String>> parameters = current.outcomeNotified() ? Optional.empty() : toldWith.apply(current);
      if (parameters.isPresent()) {
        current = applications.update(current.outcomeTold());
        Notices.of(current, kind, notified, parameters.get()).ifPresent(host::notify);
        events.add(new ApplicationEvent.OutcomeNotified(at, system, current.id()));
        told++;
      }
    }
    host.events().publish(events);
    return told;
  }

  /** The vacancy an event names, for the notices its applicants receive. */
  Vacancy vacancy(VacancyId id) {
    return vacancies.find(id).orElseThrow(
        () -> new NotFound(CareersRefusals.VACANCY_NOT_FOUND, "vacancy " + id + " of an application is missing"));
  }
}
