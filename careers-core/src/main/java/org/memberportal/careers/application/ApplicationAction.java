/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.application;

import org.apiguardian.api.API;

/**
 * What can be done to an application; the rows of {@link ApplicationWorkflow#TABLE}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum ApplicationAction {
  /** The candidate submits a draft. */
  SUBMIT,
  /** A recruiter starts screening. */
  START_SCREENING,
  /** A recruiter shortlists the screened candidate. */
  SHORTLIST,
  /** A recruiter records an assessment step of a shortlisted candidate (one or more). */
  RECORD_ASSESSMENT,
  /** A recruiter invites the candidate to interview. */
  INVITE_TO_INTERVIEW,
  /** A recruiter offers the post. */
  OFFER,
  /** A recruiter records the selection. */
  SELECT,
  /** A recruiter (or the library when the competition finishes) decides the candidate is not selected. */
  REJECT,
  /** The candidate withdraws before a final decision. */
  WITHDRAW,
  /** The library expires a draft at the vacancy's deadline. */
  EXPIRE,
  /** The library ends an application in the pipeline when its vacancy is cancelled. */
  CANCEL
}
