/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.vacancy;

import org.apiguardian.api.API;

/**
 * Where a vacancy stands in its workflow ({@link VacancyWorkflow}).
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum VacancyStatus {
  /** Being written by recruiters; not public. */
  DRAFT,
  /** Public; accepts applications between its opening and closing date. */
  PUBLISHED,
  /** Past its deadline (or closed early); accepts nothing more; the selection runs. */
  CLOSED,
  /** The selection is over; every applicant is told the outcome. */
  COMPETITION_FINISHED,
  /** Withdrawn by the organisation. */
  CANCELLED
}
