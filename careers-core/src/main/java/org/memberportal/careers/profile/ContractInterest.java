/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.profile;

import org.apiguardian.api.API;

/**
 * A kind of work outside regular posts that a candidate may declare interest in (used by talent search).
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum ContractInterest {
  /** Short-term appointments. */
  SHORT_TERM,
  /** Consultancies. */
  CONSULTANT,
  /** Internships. */
  INTERNSHIP
}
