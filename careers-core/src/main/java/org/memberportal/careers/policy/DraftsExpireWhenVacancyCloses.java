/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.memberportal.careers.application.Application;
import org.memberportal.careers.application.ApplicationAction;
import org.memberportal.careers.application.ApplicationDesk;
import org.memberportal.careers.application.Notices;
import org.memberportal.careers.vacancy.Vacancy;
import org.memberportal.careers.vacancy.VacancyEvent;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;

/**
 * Drafts expire when their vacancy closes (at its deadline, lazily at the next step, or early) or is cancelled
 * (C13): each draft still open moves to {@code EXPIRED} (actor {@code Actor.system("application-drafts")}) and
 * its candidate is told ({@value ApplicationDesk#DRAFT_EXPIRED}).
 */
record DraftsExpireWhenVacancyCloses(SystemMoves moves) implements Consumer<VacancyEvent> {

  @Override
  public void accept(VacancyEvent event) {
    Actor system = Actor.system("application-drafts");
    for (Application a : moves.applications().ofVacancy(event.vacancy())) {
      if (a.isDraft()) {
        List<DomainEvent> events = new ArrayList<>();
        Application expired = moves.move(a, ApplicationAction.EXPIRE, system, event.occurredAt(), Optional.empty(),
            events);
        Vacancy vacancy = moves.vacancy(expired.vacancy());
        Notices.of(expired, ApplicationDesk.DRAFT_EXPIRED, vacancy, Map.of()).ifPresent(moves.host()::notify);
        moves.host().events().publish(events);
      }
    }
  }
}
