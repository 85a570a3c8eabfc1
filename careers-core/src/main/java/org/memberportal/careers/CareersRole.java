/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers;

import org.apiguardian.api.API;

/**
 * The relation of an actor to a careers account, a vacancy or an application, as the careers workflow tables name
 * it.
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public enum CareersRole {
  /** Anybody, signed in or not. */
  ANONYMOUS,
  /** The candidate the subject belongs to. */
  OWNER,
  /** Recruitment staff. */
  RECRUITER,
  /** The library itself, reacting to an event or a host-run tick. */
  SYSTEM
}
