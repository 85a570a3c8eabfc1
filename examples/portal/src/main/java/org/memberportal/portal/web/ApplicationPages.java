/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.web;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.memberportal.careers.application.ApplicationDesk;
import org.memberportal.careers.application.ApplicationId;
import org.memberportal.careers.application.ApplicationStep;
import org.memberportal.careers.application.AppliedJob;
import org.memberportal.careers.application.Apply;
import org.memberportal.careers.application.CandidateApplication;
import org.memberportal.careers.application.CandidateStatus;
import org.memberportal.careers.application.SaveDraft;
import org.memberportal.careers.vacancy.VacancyId;
import org.memberportal.kernel.PortalException;
import org.memberportal.portal.security.Me;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A candidate's applications: apply to a job opening (at once, or as a draft to finish later), the draft's cover
 * letter, submit or delete it, "Jobs Applied" with each application's candidate-facing status, and withdraw with a
 * reason.
 */
@Controller
public class ApplicationPages {

  /** The reasons a candidate gives for withdrawing (the library's reason codes). */
  static final List<String> WITHDRAWAL_REASONS = List.of("accepted-other-offer", "no-longer-available",
      "personal-reasons");

  private static final String APPLIED = "redirect:/careers/applications";

  private final ApplicationDesk applications;
  private final Me me;

  /**
   * Makes the pages.
   *
   * @param applications the applications
   * @param me the reader
   */
  public ApplicationPages(ApplicationDesk applications, Me me) {
    this.applications = applications;
    this.me = me;
  }

  /**
   * Applies to a job opening, or starts a draft ({@code draft}) to finish later.
   *
   * @param vacancy the vacancy
   * @param coverLetter the cover letter, if any
   * @param draft whether to keep it as a draft
   * @param model the page's model
   * @param flash the notice
   * @return Jobs Applied, or the draft; the job opening with the refusal (an incomplete profile names its sections)
   */
  @PostMapping("/careers/applications")
  public String apply(@RequestParam String vacancy, @RequestParam(required = false) @Nullable String coverLetter,
      @RequestParam(defaultValue = "false") boolean draft, Model model, RedirectAttributes flash) {
    CandidatePages.candidate();
    Apply command = Apply.builder().vacancy(VacancyId.of(vacancy))
        .coverLetter(Optional.ofNullable(SignUpForm.text(coverLetter))).build();
    try {
      if (draft) {
        CandidateApplication started = applications.startDraft(command, me.actor()).value();
        flash.addFlashAttribute("notice", "web.applied.draft-saved");
        return "redirect:/careers/applications/" + started.id().value();
      }
      applications.apply(command, me.actor());
    } catch (PortalException refusal) {
      model.addAttribute("feedback", Feedback.of(refusal, "", me.actor().locale()));
      return "refused";
    }
    flash.addFlashAttribute("notice", "web.applied.sent");
    return APPLIED;
  }

  /**
   * Jobs Applied: every application of the candidate with the status the candidate is shown.
   *
   * @param model the page's model
   * @return the page
   */
  @GetMapping("/careers/applications")
  public String applied(Model model) {
    CandidatePages.candidate();
    List<AppliedJob> jobs = applications.jobsApplied(me.actor());
    model.addAttribute("jobs", jobs);
    model.addAttribute("withdrawable", jobs.stream().filter(job -> withdrawable(job.status()))
        .map(AppliedJob::application).collect(Collectors.toSet()));
    model.addAttribute("reasons", WITHDRAWAL_REASONS);
    return "applied";
  }

  /**
   * One application: a draft's cover letter to edit, submit or delete; otherwise what was sent.
   *
   * @param application the application
   * @param model the page's model
   * @return the page
   */
  @GetMapping("/careers/applications/{application}")
  public String application(@PathVariable String application, Model model) {
    CandidatePages.candidate();
    model.addAttribute("application", applications.ownApplication(ApplicationId.of(application), me.actor()));
    model.addAttribute("feedback", Feedback.none());
    return "application";
  }

  /**
   * Saves a draft's cover letter, or submits the draft ({@code submit}).
   *
   * @param application the draft
   * @param coverLetter the letter
   * @param submit whether to submit it now
   * @param model the page's model
   * @param flash the notice
   * @return Jobs Applied or the draft; the draft with its refusal
   */
  @PostMapping("/careers/applications/{application}")
  public String saveDraft(@PathVariable String application,
      @RequestParam(required = false) @Nullable String coverLetter, @RequestParam(defaultValue = "false") boolean submit,
      Model model, RedirectAttributes flash) {
    CandidatePages.candidate();
    ApplicationId id = ApplicationId.of(application);
    try {
      applications.saveDraft(SaveDraft.builder().application(id)
          .coverLetter(Optional.ofNullable(SignUpForm.text(coverLetter))).build(), me.actor());
      if (submit) {
        applications.submit(ApplicationStep.of(id), me.actor());
        flash.addFlashAttribute("notice", "web.applied.sent");
        return APPLIED;
      }
    } catch (PortalException refusal) {
      model.addAttribute("application", applications.ownApplication(id, me.actor()));
      model.addAttribute("feedback", Feedback.of(refusal, "", me.actor().locale()));
      return "application";
    }
    flash.addFlashAttribute("notice", "web.applied.draft-saved");
    return "redirect:/careers/applications/" + application;
  }

  /**
   * Deletes a draft.
   *
   * @param application the draft
   * @param flash the notice
   * @return Jobs Applied
   */
  @PostMapping("/careers/applications/{application}/deletion")
  public String deleteDraft(@PathVariable String application, RedirectAttributes flash) {
    CandidatePages.candidate();
    applications.deleteDraft(ApplicationStep.of(ApplicationId.of(application)), me.actor());
    flash.addFlashAttribute("notice", "web.applied.draft-deleted");
    return APPLIED;
  }

  /**
   * Withdraws an application with a reason.
   *
   * @param application the application
   * @param reason the reason's code
   * @param flash the notice
   * @return Jobs Applied
   */
  @PostMapping("/careers/applications/{application}/withdrawal")
  public String withdraw(@PathVariable String application, @RequestParam(defaultValue = "") String reason,
      RedirectAttributes flash) {
    CandidatePages.candidate();
    applications.withdraw(ApplicationStep.builder().application(ApplicationId.of(application))
        .reason(Optional.ofNullable(SignUpForm.text(reason))).build(), me.actor());
    flash.addFlashAttribute("notice", "web.applied.withdrawn");
    return APPLIED;
  }

  /** Whether a candidate may still withdraw an application shown with this status: while it is in the running. */
  private static boolean withdrawable(CandidateStatus status) {
    return List.of(CandidateStatus.RECEIVED, CandidateStatus.UNDER_REVIEW, CandidateStatus.UNDER_ASSESSMENT,
        CandidateStatus.INTERVIEW, CandidateStatus.OFFER).contains(status);
  }
}
