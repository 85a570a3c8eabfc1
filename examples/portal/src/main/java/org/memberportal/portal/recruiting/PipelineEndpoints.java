/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.recruiting;

import org.jspecify.annotations.Nullable;
import org.memberportal.careers.application.Application;
import org.memberportal.careers.application.ApplicationAction;
import org.memberportal.careers.application.ApplicationDesk;
import org.memberportal.careers.application.ApplicationId;
import org.memberportal.careers.application.ApplicationStep;
import org.memberportal.portal.json.Commands;
import org.memberportal.portal.json.Reads;
import org.memberportal.portal.security.Me;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The recruiter's desk, the application pipeline (C8): one application's record with its audited moves, and the
 * recruiters' moves in the order of the Careers FAQ (screening, shortlist, one or more assessment steps, interview,
 * offer, selection; "not selected" at any step). A move the pipeline does not allow from the current status is
 * refused (409, {@code illegal-transition}): an assessment is recorded only for a shortlisted candidate.
 */
@RestController
public class PipelineEndpoints {

  private final ApplicationDesk applications;
  private final Commands commands;
  private final Me me;

  /**
   * Makes the endpoints.
   *
   * @param applications the applications
   * @param commands reads commands from bodies
   * @param me the caller
   */
  public PipelineEndpoints(ApplicationDesk applications, Commands commands, Me me) {
    this.applications = applications;
    this.commands = commands;
    this.me = me;
  }

  /**
   * One application's internal record: its status, its moves (who, when, why) and the frozen profile.
   *
   * @param application the application's id
   * @return the record
   */
  @GetMapping("/api/recruiting/applications/{application}")
  public Application application(@PathVariable String application) {
    return applications.application(ApplicationId.of(application), me.actor());
  }

  /**
   * Moves an application: {@code action} is {@code START_SCREENING}, {@code SHORTLIST}, {@code RECORD_ASSESSMENT}
   * (with {@code step}, the assessment's name), {@code INVITE_TO_INTERVIEW}, {@code OFFER}, {@code SELECT} or
   * {@code REJECT} (with {@code reason}, a reason code).
   *
   * @param application the application
   * @param action the move
   * @param body {@code reason}, {@code step}, as the move needs
   * @return the application's record
   */
  @PostMapping("/api/recruiting/applications/{application}/moves/{action}")
  @Reads(ApplicationStep.class)
  public Application move(@PathVariable String application, @PathVariable ApplicationAction action,
      @RequestBody @Nullable JsonNode body) {
    return applications.move(commands.read(body, ApplicationStep.class, "application", application), action,
        me.actor()).value();
  }
}
