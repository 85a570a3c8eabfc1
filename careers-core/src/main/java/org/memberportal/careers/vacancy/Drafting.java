/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.vacancy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.StaffId;
import org.memberportal.kernel.Validation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recruiters draft a vacancy and revise it while it is a draft (C5). The reference number and grade are kept
 * stripped (the grade upper case), the texts under language-only locales; a vacancy of the previous recruitment
 * system is refused.
 */
record Drafting(Records records) {

  private static final Logger LOG = LoggerFactory.getLogger(Drafting.class);

  Outcome<Vacancy> draft(DraftVacancy command, Actor actor) {
    Validation.check(command, actor);
    StaffId recruiter = Records.recruiter(actor);
    return records.host().command(() -> {
      Instant now = records.host().clock().instant();
      Vacancy vacancy = content(Vacancy.builder(), command)
          .id(VacancyId.random())
          .status(VacancyStatus.DRAFT)
          .draftedBy(recruiter)
          .version(0)
          .build();
      records.refusePreviousSystem(vacancy);
      Vacancy drafted = records.vacancies().add(vacancy);
      LOG.info("vacancy {} drafted by {}", drafted.id(), recruiter);
      return Outcome.of(drafted, new VacancyEvent.Drafted(now, actor, drafted.id()));
    });
  }

  Outcome<Vacancy> revise(ReviseVacancy command, Actor actor) {
    Validation.check(command, actor);
    Records.recruiter(actor);
    DraftVacancy content = Objects.requireNonNull(command.content());
    return records.host().command(() -> {
      Instant now = records.host().clock().instant();
      Vacancy current = records.load(Objects.requireNonNull(command.vacancy()));
      VacancyWorkflow.TABLE.next(current.status(), VacancyAction.REVISE, Relations.towardsVacancy(actor));
      Vacancy revised = content(Vacancy.builder(), content)
          .id(current.id()).status(current.status()).draftedBy(current.draftedBy())
          .version(current.version()).build();
      records.refusePreviousSystem(revised);
      Vacancy stored = records.vacancies().update(revised);
      return Outcome.of(stored, new VacancyEvent.Revised(now, actor, stored.id()));
    });
  }

  private static Vacancy.Builder content(Vacancy.Builder builder, DraftVacancy c) {
    Map<Locale, VacancyText> texts = new LinkedHashMap<>();
    c.texts().forEach((l, t) -> texts.put(Languages.of(l), t));
    DutyStation station = Objects.requireNonNull(c.dutyStation());
    return builder
        .referenceNumber(Objects.requireNonNull(c.referenceNumber()).strip())
        .type(Objects.requireNonNull(c.type()))
        .grade(Objects.requireNonNull(c.grade()).strip().toUpperCase(Locale.ROOT))
        .dutyStation(station)
        .putAllTexts(texts)
        .opensAt(Objects.requireNonNull(c.opensAt()))
        .closesAt(Objects.requireNonNull(c.closesAt()));
  }
}
