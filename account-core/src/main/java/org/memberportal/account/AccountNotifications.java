/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import org.apiguardian.api.API;

/**
 * The kinds of the emails the account module sends, and their parameters. The host renders each kind in the
 * recipient's language; parameters named {@link #CODE} are secrets (masked, scrubbed after delivery).
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class AccountNotifications {

  /** The sign-up verification code; parameters {@link #CODE}, {@link #FIRST_NAME}, {@link #EXPIRES_AT}. */
  public static final String VERIFICATION_CODE = "account.verification-code";

  /** "Someone tried to sign up with your address; sign in or reset your password" (A4b); {@link #FIRST_NAME}. */
  public static final String SIGN_UP_ATTEMPT = "account.sign-up-attempt";

  /** The password-reset code; {@link #CODE}, {@link #FIRST_NAME}, {@link #EXPIRES_AT}. */
  public static final String RESET_CODE = "account.password-reset-code";

  /** "Your password was changed"; {@link #FIRST_NAME}. */
  public static final String PASSWORD_CHANGED = "account.password-changed";

  /** "Your account is locked until ..."; {@link #FIRST_NAME}, {@link #LOCKED_UNTIL}. */
  public static final String ACCOUNT_LOCKED = "account.locked";

  /** The code verifying a new address, sent to that address; {@link #CODE}, {@link #FIRST_NAME},
   * {@link #EXPIRES_AT}. */
  public static final String EMAIL_CHANGE_CODE = "account.email-change-code";

  /**
   * "A second factor was added to your account" (its kind in {@link #FACTOR}).
   *
   * @since 0.2.0
   */
  public static final String FACTOR_ADDED = "account.factor-added";

  /**
   * "A second factor was removed from your account" (its kind in {@link #FACTOR}).
   *
   * @since 0.2.0
   */
  public static final String FACTOR_REMOVED = "account.factor-removed";

  /**
   * "A recovery code was used to sign in" (how many are left in {@link #CODES_LEFT}).
   *
   * @since 0.2.0
   */
  public static final String RECOVERY_CODE_USED = "account.recovery-code-used";

  /**
   * Parameter: the kind of second factor, {@code totp}, {@code passkey} or {@code recovery-code}.
   *
   * @since 0.2.0
   */
  public static final String FACTOR = "factor";

  /**
   * Parameter: how many recovery codes are left.
   *
   * @since 0.2.0
   */
  public static final String CODES_LEFT = "codesLeft";

  /** Parameter: the one-time code (secret). */
  public static final String CODE = "code";

  /** Parameter: the recipient's first name. */
  public static final String FIRST_NAME = "firstName";

  /** Parameter: when the code stops working (ISO-8601 instant). */
  public static final String EXPIRES_AT = "expiresAt";

  /** Parameter: end of the lockout (ISO-8601 instant). */
  public static final String LOCKED_UNTIL = "lockedUntil";

  private AccountNotifications() {}
}
