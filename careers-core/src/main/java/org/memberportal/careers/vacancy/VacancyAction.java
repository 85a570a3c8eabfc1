/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.vacancy;

import org.apiguardian.api.API;

/**
 * What can be done to a vacancy; the rows of {@link VacancyWorkflow#TABLE}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum VacancyAction {
  /** Change a draft's content. */
  REVISE,
  /** Make it public. */
  PUBLISH,
  /** Stop accepting applications, at the deadline or early. */
  CLOSE,
  /** Declare the selection over. */
  FINISH_COMPETITION,
  /** Withdraw it. */
  CANCEL
}
