/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.roster;

import org.apiguardian.api.API;

/**
 * The columns "Manage my users" sorts by.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum RosterSort {
  /** Last name, then first name. */
  NAME,
  /** Email address. */
  EMAIL,
  /** Pending requests first, then approved affiliations. */
  STATE,
  /** When the request was made. */
  REQUESTED_AT
}
