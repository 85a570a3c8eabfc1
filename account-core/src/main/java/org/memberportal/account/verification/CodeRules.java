/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.verification;

import java.time.Duration;
import org.apiguardian.api.API;

/**
 * The limits of one-time codes: digits, validity, submissions per code, resend cool-down and daily cap.
 *
 * @param digits number of decimal digits
 * @param validity how long a code works
 * @param maxAttempts submissions counted per code; the next one fails without comparing
 * @param resendCooldown the least time between two codes for the same subject and purpose
 * @param dailyCap most codes sent for the same subject and purpose in 24 hours
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record CodeRules(int digits, Duration validity, int maxAttempts, Duration resendCooldown, int dailyCap) {

  /** Checks the limits make sense. */
  public CodeRules {
    if (digits < 6 || digits > 9 || maxAttempts < 1 || dailyCap < 1 || validity.isNegative() || validity.isZero()
        || resendCooldown.isNegative()) {
      throw new IllegalArgumentException("code rules out of range");
    }
  }

  /**
   * The defaults: 6 digits, 10 minutes (ASVS 6.5.5), 5 attempts, 60 s cool-down, 10 codes a day.
   *
   * @return the default rules
   */
  public static CodeRules defaults() {
    return new CodeRules(6, Duration.ofMinutes(10), 5, Duration.ofSeconds(60), 10);
  }

  /**
   * A copy with another validity.
   *
   * @param value how long a code works
   * @return the rules
   */
  public CodeRules withValidity(Duration value) {
    return new CodeRules(digits, value, maxAttempts, resendCooldown, dailyCap);
  }

  /**
   * A copy with another number of attempts.
   *
   * @param value submissions counted per code
   * @return the rules
   */
  public CodeRules withMaxAttempts(int value) {
    return new CodeRules(digits, validity, value, resendCooldown, dailyCap);
  }

  /**
   * A copy with another cool-down.
   *
   * @param value least time between two codes
   * @return the rules
   */
  public CodeRules withResendCooldown(Duration value) {
    return new CodeRules(digits, validity, maxAttempts, value, dailyCap);
  }

  /**
   * A copy with another daily cap.
   *
   * @param value most codes in 24 hours
   * @return the rules
   */
  public CodeRules withDailyCap(int value) {
    return new CodeRules(digits, validity, maxAttempts, resendCooldown, value);
  }
}
