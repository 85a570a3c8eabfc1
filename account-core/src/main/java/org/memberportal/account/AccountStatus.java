/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import org.apiguardian.api.API;

/**
 * Where a user account stands in its lifecycle.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum AccountStatus {
  /** Signed up; the email address is not verified yet, so the account cannot sign in. */
  AWAITING_VERIFICATION,
  /** Verified and usable. */
  ACTIVE,
  /** Imported from the old platform (or forced): only the password-reset flow opens it. */
  PASSWORD_RESET_REQUIRED,
  /** Suspended by the operator. */
  SUSPENDED,
  /** Closed by the operator; final. */
  CLOSED,
  /** Never verified within the allowed time: the sign-up was erased and its address freed; final. */
  EXPIRED;

  /**
   * Whether the account's email address has been verified (or was trusted on import).
   *
   * @return true for every state but {@link #AWAITING_VERIFICATION} and {@link #EXPIRED}
   */
  public boolean emailVerified() {
    return this != AWAITING_VERIFICATION && this != EXPIRED;
  }
}
