/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.vacancy;

import org.apiguardian.api.API;

/**
 * Where in the organisation a duty station sits.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum StationKind {
  /** Headquarters (Geneva). */
  HEADQUARTERS,
  /** A regional office. */
  REGIONAL_OFFICE,
  /** An area office. */
  AREA_OFFICE
}
