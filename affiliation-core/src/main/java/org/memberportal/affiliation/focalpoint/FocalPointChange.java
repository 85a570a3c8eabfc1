/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.focalpoint;

import org.apiguardian.api.API;

/**
 * How a focal point seat changed hands.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum FocalPointChange {
  /** The operator appointed the holder (ITU seat; TIES seat when vacant). */
  APPOINTED_BY_OPERATOR,
  /** The sitting TIES Focal Point or the ITU Focal Point handed the TIES seat over (ties-core, T4). */
  HANDED_OVER,
  /** The operator removed the holder's affiliation, which cleared the seat (T5). */
  CLEARED_WITH_AFFILIATION,
  /** The operator closed the holder's account, which cleared every seat it held. */
  CLEARED_WITH_ACCOUNT
}
