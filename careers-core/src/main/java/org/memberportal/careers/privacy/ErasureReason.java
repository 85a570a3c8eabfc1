/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.privacy;

import org.apiguardian.api.API;

/**
 * Why a candidate's personal data was erased.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum ErasureReason {
  /** The candidate deleted their profile. */
  CANDIDATE_REQUEST,
  /** The retention rule: the candidate was inactive too long. */
  RETENTION
}
