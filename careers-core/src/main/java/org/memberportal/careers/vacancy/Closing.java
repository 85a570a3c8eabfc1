/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.vacancy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.memberportal.careers.CareersRefusals;
import org.memberportal.careers.Recruiter;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A published vacancy closes: early, when a recruiter (or a host process) closes it, or at its deadline, when the
 * host-run tick sweeps the vacancies due (in batches of {@value #TICK_BATCH}; safe to run often and on several
 * hosts, a vacancy closes once). Drafts expire when their vacancy closes (a policy).
 */
record Closing(Records records) {

  private static final Logger LOG = LoggerFactory.getLogger(Closing.class);
  private static final int TICK_BATCH = 500;

  Outcome<Vacancy> close(VacancyStep command, Actor actor) {
    return records.step(command, actor, VacancyAction.CLOSE, vacancy -> new Records.Step(
        vacancy.movedTo(VacancyStatus.CLOSED),
        new VacancyEvent.Closed(records.host().clock().instant(), actor, vacancy.id())));
  }

  Outcome<List<Vacancy>> closeDue(Actor actor) {
    if (!(actor instanceof Actor.System) && !(actor instanceof Recruiter)) {
      throw new NotAllowed(CareersRefusals.VACANCY_NOT_ALLOWED, "only the library or a recruiter closes due vacancies");
    }
    return records.host().command(() -> {
      Instant now = records.host().clock().instant();
      List<Vacancy> closed = new ArrayList<>();
      List<DomainEvent> events = new ArrayList<>();
      for (Vacancy v : records.vacancies().publishedClosingBy(now, TICK_BATCH)) {
        Vacancy c = records.vacancies().update(v.movedTo(VacancyStatus.CLOSED));
        closed.add(c);
        events.add(new VacancyEvent.Closed(now, actor, c.id()));
        LOG.info("vacancy {} closed at its deadline", c.id());
      }
      return new Outcome<>(List.copyOf(closed), events);
    });
  }
}
