/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.handover;

import org.apiguardian.api.API;

/**
 * What a confirmed TIES hand-over will change, listed by the preparation so the focal point confirms knowingly.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum HandOverChange {
  /** The successor takes the TIES Focal Point seat and its rights. */
  SUCCESSOR_TAKES_SEAT,
  /** The former TIES Focal Point loses the seat's rights at once. */
  FORMER_LOSES_FOCAL_POINT_RIGHTS,
  /** The former TIES Focal Point keeps TIES access. */
  FORMER_KEEPS_TIES_ACCESS,
  /** Both are notified. */
  BOTH_NOTIFIED
}
