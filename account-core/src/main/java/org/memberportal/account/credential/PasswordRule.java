/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.credential;

import org.apiguardian.api.API;

/**
 * One rule of the password policy; each has its own violation code so a form can tick a checklist live.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum PasswordRule {
  /** At least the profile's minimum length (code points). */
  MIN_LENGTH("account.password.too-short"),
  /** At most the profile's maximum length. */
  MAX_LENGTH("account.password.too-long"),
  /** Well-formed text: no lone surrogate, which would otherwise hash like {@code ?}. */
  WELL_FORMED("account.password.ill-formed"),
  /** An uppercase letter. */
  UPPERCASE("account.password.missing-uppercase"),
  /** A lowercase letter. */
  LOWERCASE("account.password.missing-lowercase"),
  /** A digit. */
  DIGIT("account.password.missing-digit"),
  /** A special symbol (neither letter, digit nor white space). */
  SYMBOL("account.password.missing-symbol"),
  /** Does not contain the email address's local part, nor a word of it or of its domain. */
  NOT_EMAIL("account.password.contains-email"),
  /** Does not contain one of the holder's names. */
  NOT_NAME("account.password.contains-name"),
  /** Does not contain the name of the holder's organisation. */
  NOT_ORGANISATION("account.password.contains-organisation"),
  /** Is not a common password, even as people decorate one ({@link CommonPasswords}). */
  NOT_COMMON("account.password.common"),
  /** The confirmation equals the password. */
  CONFIRMED("account.password.confirmation-mismatch");

  private final String code;

  PasswordRule(String code) {
    this.code = code;
  }

  /**
   * The violation code (and message key) of this rule.
   *
   * @return the code
   */
  public String code() {
    return code;
  }
}
