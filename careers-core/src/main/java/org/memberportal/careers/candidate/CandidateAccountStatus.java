/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.candidate;

import org.apiguardian.api.API;

/**
 * Where a careers account stands.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum CandidateAccountStatus {
  /** Created; the email address is not verified yet, so the candidate cannot sign in. */
  AWAITING_VERIFICATION,
  /** Verified and usable. */
  ACTIVE
}
