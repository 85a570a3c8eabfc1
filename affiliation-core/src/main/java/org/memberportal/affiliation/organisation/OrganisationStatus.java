/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.organisation;

import org.apiguardian.api.API;

/**
 * Whether the operator has reviewed an organisation record.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum OrganisationStatus {
  /** Part of the directory: imported, registered by the operator, or entered by a user and approved. */
  VERIFIED,
  /** Entered by a user ("organisation not found"), waiting for the operator's review; not a member. */
  UNVERIFIED,
  /** Merged by the operator into another record; its affiliations moved there. */
  MERGED,
  /** Rejected by the operator; its links were ended. */
  REJECTED;

  /**
   * Whether accounts may still affiliate with a record in this status.
   *
   * @return true for verified and unverified records
   */
  public boolean open() {
    return this == VERIFIED || this == UNVERIFIED;
  }
}
