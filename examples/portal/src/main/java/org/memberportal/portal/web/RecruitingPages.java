/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.web;

import jakarta.servlet.http.HttpSession;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.memberportal.careers.CareersRole;
import org.memberportal.careers.application.Application;
import org.memberportal.careers.application.ApplicationAction;
import org.memberportal.careers.application.ApplicationDesk;
import org.memberportal.careers.application.ApplicationId;
import org.memberportal.careers.application.ApplicationStatus;
import org.memberportal.careers.application.ApplicationStep;
import org.memberportal.careers.application.ApplicationWorkflow;
import org.memberportal.careers.opening.JobOpening;
import org.memberportal.careers.opening.JobOpenings;
import org.memberportal.careers.opening.OpeningQuery;
import org.memberportal.careers.vacancy.DraftVacancy;
import org.memberportal.careers.vacancy.DutyStation;
import org.memberportal.careers.vacancy.Vacancy;
import org.memberportal.careers.vacancy.VacancyAction;
import org.memberportal.careers.vacancy.VacancyDesk;
import org.memberportal.careers.vacancy.VacancyId;
import org.memberportal.careers.vacancy.VacancyStep;
import org.memberportal.careers.vacancy.VacancyText;
import org.memberportal.careers.vacancy.VacancyType;
import org.memberportal.careers.vacancy.VacancyWorkflow;
import org.memberportal.kernel.PortalException;
import org.memberportal.portal.security.Me;
import org.memberportal.portal.security.Sessions;
import org.memberportal.portal.security.Signed;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The recruiter's desk: the vacancies (the published ones, and those the recruiter worked on in this session, since
 * the library lists only published vacancies), a new vacancy drafted in English and French, and a vacancy's page
 * with its steps (publish, close, finish the competition, cancel) and its pipeline: each application with the moves
 * the workflow allows from where it stands (so an assessment is offered only to a shortlisted candidate, C8).
 */
@Controller
public class RecruitingPages {

  /** The desk's zone: the dates typed are Geneva's. */
  static final ZoneId GENEVA = ZoneId.of("Europe/Zurich");

  /** The reasons a recruiter gives for not selecting (the library's reason codes). */
  static final List<String> REJECTION_REASONS = List.of("not-shortlisted", "assessment-not-passed",
      "another-candidate-selected");

  private static final String WORKED_ON = RecruitingPages.class.getName() + ".vacancies";

  private final VacancyDesk vacancies;
  private final JobOpenings openings;
  private final ApplicationDesk applications;
  private final Me me;
  private final MessageSource messages;

  /**
   * Makes the pages.
   *
   * @param vacancies the recruiter's desk
   * @param openings the published vacancies
   * @param applications the applications
   * @param me the reader
   * @param messages the pages' sentences
   */
  public RecruitingPages(VacancyDesk vacancies, JobOpenings openings, ApplicationDesk applications, Me me,
      MessageSource messages) {
    this.vacancies = vacancies;
    this.openings = openings;
    this.applications = applications;
    this.me = me;
    this.messages = messages;
  }

  /**
   * The vacancies and the form of a new one.
   *
   * @param model the page's model
   * @param session the session (the vacancies worked on)
   * @return the page
   */
  @GetMapping("/recruiting")
  public String desk(Model model, HttpSession session) {
    return deskPage(Map.of(), Feedback.none(), model, session);
  }

  /**
   * Drafts a vacancy.
   *
   * @param form the form ({@code vacancy-referenceNumber}, {@code vacancy-type}, ..., the texts per language)
   * @param model the page's model
   * @param session the session
   * @param flash the notice
   * @return the vacancy's page, or the form with its refusals
   */
  @PostMapping("/recruiting/vacancies")
  public String draft(@RequestParam Map<String, String> form, Model model, HttpSession session,
      RedirectAttributes flash) {
    recruiter();
    Entered entered = new Entered(form, "vacancy", messages, me.actor().locale());
    ZonedDateTime opens = entered.moment("opensAt", GENEVA);
    ZonedDateTime closes = entered.moment("closesAt", GENEVA);
    DraftVacancy.Builder draft = DraftVacancy.builder().referenceNumber(entered.text("referenceNumber"))
        .grade(entered.text("grade")).dutyStation(DutyStation.headquarters("GVA", "Geneva"))
        .opensAt(opens).closesAt(closes);
    Arrays.stream(VacancyType.values()).filter(t -> t.name().equals(entered.text("type"))).findFirst()
        .ifPresent(draft::type);
    for (Locale language : List.of(Locale.ENGLISH, Locale.FRENCH)) {
      String title = entered.text("title-" + language.getLanguage());
      String body = entered.text("body-" + language.getLanguage());
      if (!title.isEmpty() || !body.isEmpty()) {
        draft.putTexts(language, VacancyText.of(title, body));
      }
    }
    if (!entered.complete()) {
      return deskPage(form, entered.feedback(), model, session);
    }
    Vacancy drafted;
    try {
      drafted = vacancies.draft(draft.build(), me.actor()).value();
    } catch (PortalException refusal) {
      return deskPage(form, entered.refused(refusal), model, session);
    }
    workedOn(session).add(drafted.id().value().toString());
    flash.addFlashAttribute("notice", "web.recruiting.drafted");
    return "redirect:/recruiting/vacancies/" + drafted.id().value();
  }

  private String deskPage(Map<String, String> form, Feedback feedback, Model model, HttpSession session) {
    recruiter();
    Map<VacancyId, Vacancy> shown = new LinkedHashMap<>();
    for (String id : workedOn(session)) {
      Vacancy vacancy = vacancies.vacancy(VacancyId.of(id), me.actor());
      shown.put(vacancy.id(), vacancy);
    }
    for (JobOpening opening : openings.search(OpeningQuery.builder().size(100).build(), me.actor()).items()) {
      shown.computeIfAbsent(opening.vacancy(), id -> vacancies.vacancy(id, me.actor()));
    }
    model.addAttribute("vacancies", shown.values());
    model.addAttribute("types", VacancyType.values());
    model.addAttribute("form", form);
    model.addAttribute("feedback", feedback);
    return "recruiting";
  }

  /**
   * A vacancy: its steps and its pipeline.
   *
   * @param vacancy the vacancy
   * @param model the page's model
   * @param session the session
   * @return the page
   */
  @GetMapping("/recruiting/vacancies/{vacancy}")
  public String vacancy(@PathVariable String vacancy, Model model, HttpSession session) {
    return vacancyPage(VacancyId.of(vacancy), Feedback.none(), model, session);
  }

  private String vacancyPage(VacancyId id, Feedback feedback, Model model, HttpSession session) {
    recruiter();
    Vacancy vacancy = vacancies.vacancy(id, me.actor());
    workedOn(session).add(id.value().toString());
    List<Application> received = applications.applicationsTo(id, me.actor()).stream()
        .filter(a -> !a.isDraft()).toList();
    model.addAttribute("vacancy", vacancy);
    model.addAttribute("title", vacancy.titleFor(me.actor().locale()));
    model.addAttribute("steps", VacancyWorkflow.TABLE.transitions().stream()
        .filter(t -> t.from() == vacancy.status() && t.roles().contains(CareersRole.RECRUITER))
        .map(t -> t.action()).filter(a -> a != VacancyAction.REVISE).distinct().toList());
    model.addAttribute("applications", received);
    model.addAttribute("moves", received.stream().collect(Collectors.toMap(Application::id, a -> moves(a.status()))));
    model.addAttribute("names", received.stream().collect(Collectors.toMap(Application::id, a -> a.profile()
        .flatMap(snapshot -> snapshot.profile().personalInformation())
        .map(person -> person.firstName() + " " + person.lastName()).orElse(a.id().value().toString()))));
    model.addAttribute("reasons", REJECTION_REASONS);
    model.addAttribute("feedback", feedback);
    return "vacancy";
  }

  /**
   * A step of the vacancy: {@code publication}, {@code closure}, {@code competition-end} or {@code cancellation}.
   *
   * @param vacancy the vacancy
   * @param step the step
   * @param model the page's model
   * @param session the session
   * @param flash the notice
   * @return the vacancy's page
   */
  @PostMapping("/recruiting/vacancies/{vacancy}/{step}")
  public String step(@PathVariable String vacancy, @PathVariable String step, Model model, HttpSession session,
      RedirectAttributes flash) {
    recruiter();
    VacancyId id = VacancyId.of(vacancy);
    VacancyStep command = VacancyStep.of(id);
    try {
      switch (step) {
        case "PUBLISH" -> vacancies.publish(command, me.actor());
        case "CLOSE" -> vacancies.close(command, me.actor());
        case "FINISH_COMPETITION" -> vacancies.finishCompetition(command, me.actor());
        case "CANCEL" -> vacancies.cancel(command, me.actor());
        default -> throw new SentElsewhere("/recruiting/vacancies/" + vacancy);
      }
    } catch (PortalException refusal) {
      return vacancyPage(id, Feedback.of(refusal, "", me.actor().locale()), model, session);
    }
    flash.addFlashAttribute("notice", "web.recruiting.step." + step);
    return "redirect:/recruiting/vacancies/" + vacancy;
  }

  /**
   * Moves an application along the pipeline.
   *
   * @param application the application
   * @param action the move ({@link ApplicationAction})
   * @param reason the reason's code (to reject)
   * @param stepName the assessment step's name, if any
   * @param model the page's model
   * @param session the session
   * @param flash the notice
   * @return the vacancy's page
   */
  @PostMapping("/recruiting/applications/{application}/moves")
  public String move(@PathVariable String application, @RequestParam String action,
      @RequestParam(required = false) @Nullable String reason,
      @RequestParam(name = "step", required = false) @Nullable String stepName, Model model, HttpSession session,
      RedirectAttributes flash) {
    recruiter();
    Application moved = applications.application(ApplicationId.of(application), me.actor());
    ApplicationAction chosen = ApplicationAction.valueOf(action);
    try {
      applications.move(ApplicationStep.builder().application(moved.id())
          .reason(chosen == ApplicationAction.REJECT ? Optional.ofNullable(SignUpForm.text(reason)) : Optional.empty())
          .step(Optional.ofNullable(SignUpForm.text(stepName))).build(), chosen, me.actor());
    } catch (PortalException refusal) {
      return vacancyPage(moved.vacancy(), Feedback.of(refusal, "", me.actor().locale()), model, session);
    }
    flash.addFlashAttribute("notice", "web.recruiting.moved");
    return "redirect:/recruiting/vacancies/" + moved.vacancy().value();
  }

  /** The recruiter's moves from a status, in the workflow's order. */
  private static List<ApplicationAction> moves(ApplicationStatus from) {
    return ApplicationWorkflow.TABLE.transitions().stream()
        .filter(t -> t.from() == from && t.roles().contains(CareersRole.RECRUITER)).map(t -> t.action())
        .distinct().toList();
  }

  @SuppressWarnings("unchecked")
  private static Set<String> workedOn(HttpSession session) {
    Object kept = session.getAttribute(WORKED_ON);
    if (kept instanceof Set<?> set) {
      return (Set<String>) set;
    }
    Set<String> fresh = new LinkedHashSet<>();
    session.setAttribute(WORKED_ON, fresh);
    return fresh;
  }

  private static void recruiter() {
    if (!(Sessions.signed() instanceof Signed.Recruiting)) {
      throw new SentElsewhere("/staff/sign-in");
    }
  }
}
