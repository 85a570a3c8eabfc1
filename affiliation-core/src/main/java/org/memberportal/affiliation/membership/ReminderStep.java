/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.membership;

import org.apiguardian.api.API;

/**
 * The two steps of reminding focal points of a pending request (F10).
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum ReminderStep {
  /** After N days: the TIES Focal Point (the ITU Focal Point when there is none) is reminded. */
  REMINDER,
  /** After M days: the ITU Focal Point is told too. */
  ESCALATION
}
