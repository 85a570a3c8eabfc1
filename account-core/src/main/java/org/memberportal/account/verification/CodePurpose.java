/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.verification;

import org.apiguardian.api.API;

/**
 * What a one-time code proves, e.g. {@link #EMAIL_VERIFICATION}; a subject has at most one code per purpose.
 *
 * @param value the stable name
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record CodePurpose(String value) {

  /** Proves ownership of the address given at sign-up. */
  public static final CodePurpose EMAIL_VERIFICATION = new CodePurpose("email-verification");

  /** Proves ownership of a new address before it replaces the current one. */
  public static final CodePurpose EMAIL_CHANGE = new CodePurpose("email-change");

  /** Allows setting a new password without knowing the current one. */
  public static final CodePurpose PASSWORD_RESET = new CodePurpose("password-reset");
}
