/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.focalpoint;

import org.apiguardian.api.API;
import org.memberportal.affiliation.AffiliationRole;

/**
 * The two focal point seats of an organisation.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum FocalPointRole {
  /** The ITU Focal Point: main contact for official communications; set and changed by the operator only. */
  ITU(AffiliationRole.ITU_FOCAL_POINT),
  /** The TIES Focal Point: receives new requests; handed over by the sitting FP (ties-core). */
  TIES(AffiliationRole.TIES_FOCAL_POINT);

  private final AffiliationRole role;

  FocalPointRole(AffiliationRole role) {
    this.role = role;
  }

  /**
   * The kernel role workflow tables name.
   *
   * @return the role
   */
  public AffiliationRole role() {
    return role;
  }
}
