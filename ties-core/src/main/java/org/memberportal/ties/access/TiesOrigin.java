/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.access;

import org.apiguardian.api.API;

/**
 * How a TIES request came about, for "My Requests" and the audit trail.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum TiesOrigin {
  /** The user asked from "TIES Settings". */
  USER_REQUEST,
  /** The user ticked "I want to request TIES access" when asking for an affiliation. */
  SIGN_UP_TICK,
  /** A focal point assigned access directly. */
  FOCAL_POINT_ASSIGNMENT,
  /** The operator appointed the account TIES focal point, which requires TIES access. */
  FOCAL_POINT_APPOINTMENT
}
