/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.application;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.memberportal.careers.CareersRefusals;
import org.memberportal.careers.CareersRole;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.Validation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves through the pipeline (C8, C9): the candidate withdraws their own application before a final decision; a
 * recruiter screens, records assessment steps, shortlists, invites, offers, selects or decides not to select.
 * Every move is checked against {@link ApplicationWorkflow#TABLE}, kept on the application, and the moves that
 * concern the candidate tell them ({@link #noticeOn}). Submitting and expiring are not moves anybody asks for
 * here (the candidate submits a draft; the library expires drafts).
 */
record Moving(Records records) {

  private static final Logger LOG = LoggerFactory.getLogger(Moving.class);

  /**
   * The notice a move sends its candidate, a constant kind; screening, shortlisting and the decisions contact
   * nobody (null).
   */
  private static @Nullable String noticeOn(ApplicationAction action) {
    return switch (action) {
      case SUBMIT -> ApplicationDesk.RECEIVED;
      case WITHDRAW -> ApplicationDesk.WITHDRAWN;
      case RECORD_ASSESSMENT -> ApplicationDesk.ASSESSMENT;
      case INVITE_TO_INTERVIEW -> ApplicationDesk.INTERVIEW;
      case OFFER -> ApplicationDesk.OFFER;
      case EXPIRE -> ApplicationDesk.DRAFT_EXPIRED;
      case START_SCREENING, SHORTLIST, SELECT, REJECT, CANCEL -> null;
    };
  }

  Outcome<CandidateApplication> withdraw(ApplicationStep command, Actor actor) {
    return records.byCandidate(command, actor, candidate -> move(
        records.own(Objects.requireNonNull(command.application()), candidate), ApplicationAction.WITHDRAW,
        Set.of(CareersRole.OWNER), actor, command.reason(), Optional.empty()));
  }

  Outcome<Application> move(ApplicationStep command, ApplicationAction action, Actor actor) {
    Validation.check(command, actor);
    Records.recruiter(actor, "only recruiters move applications");
    return records.host().command(() -> {
      Application a = records.submitted(Objects.requireNonNull(command.application()));
      return move(a, action, Set.of(CareersRole.RECRUITER), actor, command.reason(), command.step());
    });
  }

  private Outcome<Application> move(Application a, ApplicationAction action, Set<CareersRole> roles, Actor actor,
      Optional<String> reason, Optional<String> step) {
    if (action == ApplicationAction.SUBMIT || action == ApplicationAction.EXPIRE) {
      throw new NotAllowed(CareersRefusals.APPLICATION_NOT_ALLOWED,
          "submitting and expiring are not recruiters' moves");
    }
    Instant now = records.host().clock().instant();
    Application moved = records.applications().update(a.moved(action, roles, actor, now, reason, step));
    Move m = moved.lastMove().orElseThrow();
    String kind = noticeOn(action);
    if (kind != null) {
      records.notice(moved, kind, step.map(s -> Map.of("step", s)).orElse(Map.of()));
    }
    LOG.info("application {} {} -> {}", moved.id(), m.from(), m.to());
    return Outcome.of(moved, new ApplicationEvent.Moved(now, actor, moved.id(), m));
  }
}
