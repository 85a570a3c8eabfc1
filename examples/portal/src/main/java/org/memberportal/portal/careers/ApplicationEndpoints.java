/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.careers;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.memberportal.careers.application.ApplicationDesk;
import org.memberportal.careers.application.ApplicationId;
import org.memberportal.careers.application.ApplicationStep;
import org.memberportal.careers.application.AppliedJob;
import org.memberportal.careers.application.Apply;
import org.memberportal.careers.application.CandidateApplication;
import org.memberportal.careers.application.SaveDraft;
import org.memberportal.portal.json.Commands;
import org.memberportal.portal.json.Reads;
import org.memberportal.portal.security.Me;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Apply (C7), drafts (C13), "Jobs Applied" (C10) and withdrawal (C8), for the signed-in candidate. Every answer is
 * the candidate's view: the candidate-facing {@code status} (received, under review, under assessment, interview,
 * offer, selected, not selected, withdrawn, ...), never the recruiters' record.
 */
@RestController
public class ApplicationEndpoints {

  private final ApplicationDesk desk;
  private final Commands commands;
  private final Me me;

  /**
   * Makes the endpoints.
   *
   * @param desk the applications
   * @param commands reads commands from bodies
   * @param me the caller
   */
  public ApplicationEndpoints(ApplicationDesk desk, Commands commands, Me me) {
    this.desk = desk;
    this.commands = commands;
    this.me = me;
  }

  /**
   * Applies to an open vacancy ({@code vacancy}, {@code coverLetter} optional), freezing the profile into the
   * application. An incomplete profile is refused (428, {@code application.profile-incomplete}), a second live
   * application to the same vacancy too (409, {@code application.already-applied}).
   *
   * @param body the application
   * @return the application
   */
  @PostMapping("/api/careers/me/applications")
  @ResponseStatus(HttpStatus.CREATED)
  @Reads(Apply.class)
  public CandidateApplication apply(@RequestBody JsonNode body) {
    return desk.apply(commands.read(body, Apply.class), me.actor()).value();
  }

  /**
   * Starts a draft application to an open vacancy ({@code vacancy}, {@code coverLetter} optional).
   *
   * @param body the draft
   * @return the draft
   */
  @PostMapping("/api/careers/me/applications/drafts")
  @ResponseStatus(HttpStatus.CREATED)
  @Reads(Apply.class)
  public CandidateApplication startDraft(@RequestBody JsonNode body) {
    return desk.startDraft(commands.read(body, Apply.class), me.actor()).value();
  }

  /**
   * Saves a draft's cover letter ({@code coverLetter}).
   *
   * @param application the draft
   * @param body the letter
   * @return the draft
   */
  @PutMapping("/api/careers/me/applications/{application}/cover-letter")
  @Reads(SaveDraft.class)
  public CandidateApplication saveDraft(@PathVariable String application, @RequestBody @Nullable JsonNode body) {
    return desk.saveDraft(commands.read(body, SaveDraft.class, "application", application), me.actor()).value();
  }

  /**
   * Submits a draft before the vacancy's deadline, freezing the profile into it.
   *
   * @param application the draft
   * @return the application
   */
  @PostMapping("/api/careers/me/applications/{application}/submission")
  public CandidateApplication submit(@PathVariable String application) {
    return desk.submit(step(application, null), me.actor()).value();
  }

  /**
   * Deletes a draft (only a draft: a submitted application is withdrawn instead).
   *
   * @param application the draft
   * @return the draft as it was
   */
  @DeleteMapping("/api/careers/me/applications/{application}")
  public CandidateApplication deleteDraft(@PathVariable String application) {
    return desk.deleteDraft(step(application, null), me.actor()).value();
  }

  /**
   * Withdraws a submitted application before a final decision ({@code reason}, a reason code such as
   * {@code accepted-other-offer}).
   *
   * @param application the application
   * @param body the reason
   * @return the application
   */
  @PostMapping("/api/careers/me/applications/{application}/withdrawal")
  @Reads(ApplicationStep.class)
  public CandidateApplication withdraw(@PathVariable String application, @RequestBody @Nullable JsonNode body) {
    return desk.withdraw(step(application, body), me.actor()).value();
  }

  /**
   * "Jobs Applied": every application and draft of the candidate, most recent first, with its vacancy and
   * candidate-facing status.
   *
   * @return the applications
   */
  @GetMapping("/api/careers/me/applications")
  public List<AppliedJob> jobsApplied() {
    return desk.jobsApplied(me.actor());
  }

  /**
   * One of the candidate's applications, as the candidate sees it.
   *
   * @param application the application
   * @return the application
   */
  @GetMapping("/api/careers/me/applications/{application}")
  public CandidateApplication application(@PathVariable String application) {
    return desk.ownApplication(ApplicationId.of(application), me.actor());
  }

  private ApplicationStep step(String application, @Nullable JsonNode body) {
    return commands.read(body, ApplicationStep.class, "application", application);
  }
}
