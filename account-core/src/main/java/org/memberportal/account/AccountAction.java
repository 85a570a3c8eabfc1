/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import org.apiguardian.api.API;

/**
 * What can be done to a user account; {@link AccountWorkflow} says from which states and by whom.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum AccountAction {
  /** Submit the sign-up verification code. */
  VERIFY_EMAIL,
  /** Ask for a fresh sign-up verification code. */
  RESEND_CODE,
  /** Erase a sign-up never verified in time (host-run tick). */
  EXPIRE,
  /** Sign in with email and password. */
  SIGN_IN,
  /** Set a new password with a reset code. */
  RESET_PASSWORD,
  /** Change the password knowing the current one. */
  CHANGE_PASSWORD,
  /** Update personal details. */
  UPDATE_DETAILS,
  /** Ask to change the address. */
  CHANGE_EMAIL,
  /** Confirm the new address with its code. */
  CONFIRM_EMAIL_CHANGE,
  /** Suspend (operator). */
  SUSPEND,
  /** Lift a suspension (operator). */
  REACTIVATE,
  /** Close for good (operator). */
  CLOSE
}
