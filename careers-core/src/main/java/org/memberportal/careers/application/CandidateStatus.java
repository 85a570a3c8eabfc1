package org.memberportal.careers.application;

import org.apiguardian.api.API;

/**
 * The status a candidate sees on "Jobs Applied": never the recruiters' internal labels, and "not selected"
 * only once the competition is finished (until then the application shows as under review).
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum CandidateStatus {
  /** Saved, not submitted. */
  DRAFT,
  /** Submitted and received. */
  RECEIVED,
  /** Being reviewed (screening, shortlisting, or a decision not yet announced). */
  UNDER_REVIEW,
  /** Taking assessment steps. */
  UNDER_ASSESSMENT,
  /** Invited to interview. */
  INTERVIEW,
  /** Offered the post. */
  OFFER,
  /** Selected. */
  SELECTED,
  /** Not selected, announced when the competition finished. */
  NOT_SELECTED,
  /** Withdrawn by the candidate. */
  WITHDRAWN,
  /** A draft that was not submitted in time. */
  EXPIRED;

  /**
   * The status a candidate sees for an internal status.
   *
   * @param internal the internal status
   * @param competitionFinished whether the vacancy's competition is finished
   * @return what the candidate sees
   */
  public static CandidateStatus of(ApplicationStatus internal, boolean competitionFinished) {
    return switch (internal) {
      case DRAFT -> DRAFT;
      case SUBMITTED -> RECEIVED;
      case SCREENING, SHORTLISTED -> UNDER_REVIEW;
      case ASSESSMENT -> UNDER_ASSESSMENT;
      case INTERVIEW -> INTERVIEW;
      case OFFERED -> OFFER;
      case SELECTED -> SELECTED;
      case NOT_SELECTED -> competitionFinished ? NOT_SELECTED : UNDER_REVIEW;
      case WITHDRAWN -> WITHDRAWN;
      case EXPIRED -> EXPIRED;
    };
  }
}
