/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.recruiting;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.memberportal.careers.application.Application;
import org.memberportal.careers.application.ApplicationDesk;
import org.memberportal.careers.vacancy.DraftVacancy;
import org.memberportal.careers.vacancy.ReviseVacancy;
import org.memberportal.careers.vacancy.Vacancy;
import org.memberportal.careers.vacancy.VacancyDesk;
import org.memberportal.careers.vacancy.VacancyId;
import org.memberportal.careers.vacancy.VacancyQuery;
import org.memberportal.careers.vacancy.VacancyStatus;
import org.memberportal.careers.vacancy.VacancyStep;
import org.memberportal.kernel.Page;
import org.memberportal.kernel.Paging;
import org.memberportal.portal.json.Commands;
import org.memberportal.portal.json.Reads;
import org.memberportal.portal.security.Me;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The recruiter's desk, vacancies (C5): draft, revise, publish (the language rules apply), close before the
 * deadline, finish the competition (every applicant not yet told learns the outcome once), cancel; and the
 * applications a vacancy received. For staff signed in as recruiters.
 */
@RestController
public class VacancyEndpoints {

  private final VacancyDesk vacancies;
  private final ApplicationDesk applications;
  private final Commands commands;
  private final Me me;

  /**
   * Makes the endpoints.
   *
   * @param vacancies the vacancies
   * @param applications the applications
   * @param commands reads commands from bodies
   * @param me the caller
   */
  public VacancyEndpoints(VacancyDesk vacancies, ApplicationDesk applications, Commands commands, Me me) {
    this.vacancies = vacancies;
    this.applications = applications;
    this.commands = commands;
    this.me = me;
  }

  /**
   * Drafts a vacancy: the {@code DraftVacancy} attributes ({@code referenceNumber}, {@code type}, {@code grade},
   * {@code dutyStation} with {@code code}, {@code name}, {@code kind}, {@code languages}; {@code texts} by language
   * tag, each a {@code title} and {@code body}; {@code opensAt}, {@code closesAt}).
   *
   * @param body the vacancy
   * @return the draft
   */
  @PostMapping("/api/recruiting/vacancies")
  @ResponseStatus(HttpStatus.CREATED)
  @Reads(DraftVacancy.class)
  public Vacancy draft(@RequestBody JsonNode body) {
    return vacancies.draft(commands.read(body, DraftVacancy.class), me.actor()).value();
  }

  /**
   * The recruiter's desk: one page of the vacancies the signed-in recruiter drafted, in every status unless
   * {@code status} names some (repeatable), newest first.
   *
   * @param status the statuses wanted ({@code DRAFT}, {@code PUBLISHED}, {@code CLOSED}, ...), none for all
   * @param page the page number, from 0
   * @param size the page size, 1 to 100
   * @return the page: {@code items}, {@code page}, {@code size}, {@code total}
   */
  @GetMapping("/api/recruiting/vacancies")
  public Page<Vacancy> vacancies(@RequestParam(required = false) @Nullable List<VacancyStatus> status,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
    return vacancies.vacancies(VacancyQuery.builder().addAllStatuses(status == null ? List.of() : status).page(page)
        .size(size).build(), me.actor());
  }

  /**
   * A vacancy in any status.
   *
   * @param vacancy the vacancy's id
   * @return the vacancy
   */
  @GetMapping("/api/recruiting/vacancies/{vacancy}")
  public Vacancy vacancy(@PathVariable String vacancy) {
    return vacancies.vacancy(VacancyId.of(vacancy), me.actor());
  }

  /**
   * Replaces a draft's content ({@code content}: as for drafting).
   *
   * @param vacancy the draft
   * @param body the content
   * @return the draft
   */
  @PutMapping("/api/recruiting/vacancies/{vacancy}")
  @Reads(ReviseVacancy.class)
  public Vacancy revise(@PathVariable String vacancy, @RequestBody JsonNode body) {
    return vacancies.revise(commands.read(body, ReviseVacancy.class, "vacancy", vacancy), me.actor()).value();
  }

  /**
   * Publishes a draft: it must meet the language rules and its deadline must be ahead.
   *
   * @param vacancy the draft
   * @return the vacancy
   */
  @PostMapping("/api/recruiting/vacancies/{vacancy}/publication")
  public Vacancy publish(@PathVariable String vacancy) {
    return vacancies.publish(step(vacancy), me.actor()).value();
  }

  /**
   * Closes a published vacancy before its deadline (drafts of applications to it expire).
   *
   * @param vacancy the vacancy
   * @return the vacancy
   */
  @PostMapping("/api/recruiting/vacancies/{vacancy}/closure")
  public Vacancy close(@PathVariable String vacancy) {
    return vacancies.close(step(vacancy), me.actor()).value();
  }

  /**
   * Finishes the competition of a closed vacancy: pending applications become "not selected", and every applicant
   * not yet told is told the outcome once.
   *
   * @param vacancy the vacancy
   * @return the vacancy
   */
  @PostMapping("/api/recruiting/vacancies/{vacancy}/competition-end")
  public Vacancy finishCompetition(@PathVariable String vacancy) {
    return vacancies.finishCompetition(step(vacancy), me.actor()).value();
  }

  /**
   * Cancels a vacancy that is not finished: its live applications end and their candidates are told.
   *
   * @param vacancy the vacancy
   * @return the vacancy
   */
  @PostMapping("/api/recruiting/vacancies/{vacancy}/cancellation")
  public Vacancy cancel(@PathVariable String vacancy) {
    return vacancies.cancel(step(vacancy), me.actor()).value();
  }

  /**
   * The applications a vacancy received (drafts excluded), oldest first, as the recruiters' records.
   *
   * @param vacancy the vacancy
   * @return the applications
   */
  @GetMapping("/api/recruiting/vacancies/{vacancy}/applications")
  public List<Application> applications(@PathVariable String vacancy) {
    return applications.applicationsTo(VacancyId.of(vacancy), me.actor());
  }

  private VacancyStep step(String vacancy) {
    return commands.read(null, VacancyStep.class, "vacancy", vacancy);
  }
}
