/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.focalpoint;

import org.apiguardian.api.API;
import org.memberportal.kernel.Role;

/**
 * The two focal point seats of an organisation.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum FocalPointRole {
  /** The ITU Focal Point: main contact for official communications; set and changed by the operator only. */
  ITU(Role.ITU_FOCAL_POINT),
  /** The TIES Focal Point: receives new requests; handed over by the sitting FP (ties-core). */
  TIES(Role.TIES_FOCAL_POINT);

  private final Role role;

  FocalPointRole(Role role) {
    this.role = role;
  }

  /**
   * The kernel role workflow tables name.
   *
   * @return the role
   */
  public Role role() {
    return role;
  }
}
