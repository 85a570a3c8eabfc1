/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.membership;

import org.apiguardian.api.API;

/**
 * Why an approved or linked affiliation ended; member rights that depended on it (TIES access) lapse.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum EndCause {
  /** A focal point of the organisation removed it. */
  REMOVED_BY_FOCAL_POINT,
  /** The operator removed it. */
  REMOVED_BY_OPERATOR,
  /** The user left. */
  LEFT,
  /** A newer affiliation of the account was approved or linked. */
  REPLACED,
  /** The operator rejected the user-entered organisation it linked to. */
  ORGANISATION_REJECTED,
  /** The operator closed the account. */
  ACCOUNT_CLOSED
}
