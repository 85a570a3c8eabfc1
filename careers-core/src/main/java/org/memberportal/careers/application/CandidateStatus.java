/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.application;

import java.util.List;
import org.apiguardian.api.API;
import org.memberportal.account.reference.Choice;
import org.memberportal.account.reference.Choices;

/**
 * The status a candidate sees on "Jobs Applied" and on every read of their own application: never the recruiters'
 * internal labels, never moving backwards along the pipeline, and "not selected" only once the competition is
 * finished (until then the application shows what the candidate saw before the decision, at least "under
 * review"). Derived by {@link Application#candidateStatus(org.memberportal.careers.vacancy.VacancyStatus)}.
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
  /** Shortlisted and taking assessment steps. */
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
  EXPIRED,
  /** The vacancy was cancelled: final for every application submitted to it and not withdrawn. */
  VACANCY_CANCELLED;

  /**
   * The statuses a candidate sees as choices, labelled in every language the library speaks (the bundle {@code
   * org.memberportal.careers.Labels}), in declaration order.
   *
   * @return one choice per constant, its code the constant's name
   */
  public static List<Choice> choices() {
    return Choices.of(CandidateStatus.class, "org.memberportal.careers.Labels");
  }
}
