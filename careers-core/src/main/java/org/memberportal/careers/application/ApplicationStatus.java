/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.application;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Where an application stands internally ({@link ApplicationWorkflow}); candidates see {@link CandidateStatus}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum ApplicationStatus {
  /** Started and saved by the candidate, not submitted. */
  DRAFT,
  /** Submitted; nobody has looked at it yet. */
  SUBMITTED,
  /** Recruiters check it against the vacancy's requirements. */
  SCREENING,
  /** On the shortlist: under serious consideration, the only candidates contacted further. */
  SHORTLISTED,
  /** The shortlisted candidate takes one or more assessment steps (tests, exercises), each recorded. */
  ASSESSMENT,
  /** Invited to interview. */
  INTERVIEW,
  /** Offered the post. */
  OFFERED,
  /** Selected: final. */
  SELECTED,
  /** Not selected: final, with a reason code. */
  NOT_SELECTED,
  /** Withdrawn by the candidate: final, with a reason code. */
  WITHDRAWN,
  /** A draft that was not submitted before the deadline: final. */
  EXPIRED,
  /** Ended by the library because its vacancy was cancelled: final. */
  VACANCY_CANCELLED;

  private static final Set<ApplicationStatus> FINAL = EnumSet.of(SELECTED, NOT_SELECTED, WITHDRAWN, EXPIRED, VACANCY_CANCELLED);
  private static final Set<ApplicationStatus> IN_PIPELINE =
      EnumSet.of(SUBMITTED, SCREENING, SHORTLISTED, ASSESSMENT, INTERVIEW, OFFERED);

  /**
   * Whether nothing more can happen to it.
   *
   * @return true for selected, not selected, withdrawn, expired, vacancy cancelled
   */
  public boolean isFinal() {
    return FINAL.contains(this);
  }

  /**
   * Whether it is submitted and awaiting a final decision.
   *
   * @return true from submitted to offered
   */
  public boolean inPipeline() {
    return IN_PIPELINE.contains(this);
  }

  /**
   * Whether it still counts as the candidate's application to the vacancy (one at a time): anything but
   * withdrawn or expired.
   *
   * @return true when live
   */
  public boolean live() {
    return this != WITHDRAWN && this != EXPIRED;
  }

  /**
   * What the candidate sees of it while nothing else counts (no cancelled vacancy, no "not selected" shown early:
   * {@link Application#candidateStatus} decides those).
   *
   * @return the candidate-facing status
   */
  public CandidateStatus shownToCandidate() {
    return switch (this) {
      case DRAFT -> CandidateStatus.DRAFT;
      case SUBMITTED -> CandidateStatus.RECEIVED;
      case SCREENING, SHORTLISTED -> CandidateStatus.UNDER_REVIEW;
      case ASSESSMENT -> CandidateStatus.UNDER_ASSESSMENT;
      case INTERVIEW -> CandidateStatus.INTERVIEW;
      case OFFERED -> CandidateStatus.OFFER;
      case SELECTED -> CandidateStatus.SELECTED;
      case NOT_SELECTED -> CandidateStatus.NOT_SELECTED;
      case WITHDRAWN -> CandidateStatus.WITHDRAWN;
      case EXPIRED -> CandidateStatus.EXPIRED;
      case VACANCY_CANCELLED -> CandidateStatus.VACANCY_CANCELLED;
    };
  }

  /**
   * The outcome its candidate is told when the competition finishes: {@code selected} or {@code not-selected};
   * nothing for anybody else (a draft, a withdrawal, an expired draft).
   *
   * @return the outcome, empty when there is none to tell
   */
  public Optional<String> outcome() {
    return switch (this) {
      case SELECTED -> Optional.of("selected");
      case NOT_SELECTED -> Optional.of("not-selected");
      default -> Optional.empty();
    };
  }

  /**
   * The states from submitted to offered, in pipeline order.
   *
   * @return the states awaiting a final decision
   */
  public static Set<ApplicationStatus> inPipelineStates() {
    return EnumSet.copyOf(IN_PIPELINE);
  }
}
