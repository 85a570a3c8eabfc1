/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.candidate;

import org.apiguardian.api.API;

/**
 * The applicant's relation to the organisation, asked at sign-up (C2).
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum StaffRelation {
  /** No relation: an external applicant. */
  NONE,
  /** A current staff member: refused, they use the internal employee profile. */
  CURRENT_STAFF,
  /** A former staff member. */
  FORMER_STAFF,
  /** A consultant working for the organisation: must use a careers account. */
  CONSULTANT,
  /** An intern: must use a careers account. */
  INTERN,
  /** Staff on loan from another organisation: must use a careers account. */
  LOANED_STAFF;

  /**
   * Whether the relation bars an external careers account.
   *
   * @return true for current staff
   */
  public boolean barred() {
    return this == CURRENT_STAFF;
  }
}
