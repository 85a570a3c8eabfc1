/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.candidate;

import org.apiguardian.api.API;

/**
 * What can be done to a careers account; the workflow table says from which status and by whom.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum CandidateAccountAction {
  /** Prove the address with the emailed code. */
  VERIFY_EMAIL,
  /** Sign in. */
  SIGN_IN,
  /** Set a new password with a reset code (which also proves the address). */
  RESET_PASSWORD,
  /** Change the password knowing the current one. */
  CHANGE_PASSWORD
}
