/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.vacancy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.memberportal.careers.CareersRefusals;
import org.memberportal.careers.CareersRole;
import org.memberportal.careers.Recruiter;
import org.memberportal.careers.port.Vacancies;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.NotFound;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.PreconditionFailed;
import org.memberportal.kernel.StaffId;
import org.memberportal.kernel.Validation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every vacancy use case reaches: the host, the store and the cut-over date; the look-up; who may act; the
 * refusal of the previous system's vacancies; and one step of {@link VacancyWorkflow}.
 */
record Records(Host host, Vacancies vacancies, Instant cutOver) {

  private static final Logger LOG = LoggerFactory.getLogger(Records.class);

  /** A step's result: the vacancy after it and its event. */
  record Step(Vacancy vacancy, DomainEvent event) {}

  Vacancy load(VacancyId id) {
    return vacancies.find(id).orElseThrow(() -> new NotFound(CareersRefusals.VACANCY_NOT_FOUND, "no vacancy " + id));
  }

  /** The recruiter acting, else {@code vacancy.not-allowed}. */
  static StaffId recruiter(Actor actor) {
    if (actor instanceof Recruiter r) {
      return r.staff();
    }
    throw new NotAllowed(CareersRefusals.VACANCY_NOT_ALLOWED, "only recruiters manage vacancies");
  }

  /** Refuses ({@code vacancy.previous-system}) a vacancy of the previous recruitment system. */
  void refusePreviousSystem(Vacancy vacancy) {
    if (vacancy.fromPreviousSystem(cutOver)) {
      throw new PreconditionFailed(CareersRefusals.VACANCY_PREVIOUS_SYSTEM,
          "vacancy " + vacancy.referenceNumber() + " opened before the cut-over to this system");
    }
  }

  /**
   * One step of the workflow on a vacancy, in one transaction: a published vacancy past its deadline is recorded
   * closed first (even if the tick has not run yet), then the table must allow the action to the actor, then the
   * work gives the vacancy after the step and its event.
   */
  Outcome<Vacancy> step(VacancyStep command, Actor actor, VacancyAction action, Function<Vacancy, Step> work) {
    Validation.check(command, actor);
    if (Relations.towardsVacancy(actor).contains(CareersRole.ANONYMOUS)) {
      throw new NotAllowed(CareersRefusals.VACANCY_NOT_ALLOWED, "only recruiters manage vacancies");
    }
    return host.command(() -> {
      Instant now = host.clock().instant();
      Vacancy current = load(Objects.requireNonNull(command.vacancy()));
      List<DomainEvent> events = new ArrayList<>();
      if (current.statusAt(now) != current.status()) {
        current = vacancies.update(current.movedTo(VacancyStatus.CLOSED));
        events.add(new VacancyEvent.Closed(now, Actor.system("vacancy-deadline"), current.id()));
      }
      VacancyWorkflow.TABLE.next(current.status(), action, Relations.towardsVacancy(actor));
      Step step = work.apply(current);
      Vacancy stored = vacancies.update(step.vacancy());
      events.add(step.event());
      LOG.info("vacancy {} {} -> {}", current.id(), current.status(), stored.status());
      return new Outcome<>(stored, events);
    });
  }
}
