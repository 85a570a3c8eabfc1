/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.vacancy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.Validation;
import org.memberportal.kernel.ValidationFailed;
import org.memberportal.kernel.Violation;

/**
 * Recruiters publish a draft (C5): it must meet the language rules ({@link LanguageRules}), its deadline must be
 * ahead, and it must not come from the previous recruitment system. Job alerts react to the publication.
 */
record Publishing(Records records) {

  Outcome<Vacancy> publish(VacancyStep command, Actor actor) {
    return records.step(command, actor, VacancyAction.PUBLISH, vacancy -> {
      Instant now = records.host().clock().instant();
      records.refusePreviousSystem(vacancy);
      List<Violation> broken = new ArrayList<>(LanguageRules.broken(vacancy, actor.locale()));
      if (vacancy.pastDeadline(now)) {
        broken.add(Validation.violation("closesAt", "careers.vacancy.closes-at.past", actor.locale()));
      }
      if (!broken.isEmpty()) {
        throw new ValidationFailed(broken);
      }
      Vacancy published = vacancy.movedTo(VacancyStatus.PUBLISHED, Optional.of(now));
      return new Records.Step(published, new VacancyEvent.Published(now, actor, vacancy.id()));
    });
  }
}
