/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.reminder;

import java.time.Duration;
import java.util.Locale;
import org.apiguardian.api.API;
import org.memberportal.kernel.Validation;
import org.memberportal.kernel.ValidationFailed;

/**
 * How long a request may wait (F10): after {@code remindAfter} (N days) the TIES Focal Point is reminded, after
 * {@code escalateAfter} (M days, longer) the ITU Focal Point is told too.
 *
 * @param remindAfter N
 * @param escalateAfter M, longer than N
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record ReminderPolicy(Duration remindAfter, Duration escalateAfter) {

  /** The default: remind after 7 days, escalate after 14. */
  public static final ReminderPolicy DEFAULT = ofDays(7, 14);

  /**
   * Checks the delays.
   *
   * @throws ValidationFailed when N is not positive or M is not longer than N
   */
  public ReminderPolicy {
    if (remindAfter.isNegative() || remindAfter.isZero() || escalateAfter.compareTo(remindAfter) <= 0) {
      throw ValidationFailed.of(Validation.violation("escalateAfter", "affiliation.reminder.delays-invalid",
          Locale.ENGLISH));
    }
  }

  /**
   * A policy in days.
   *
   * @param n days before the reminder
   * @param m days before the escalation
   * @return the policy
   */
  public static ReminderPolicy ofDays(int n, int m) {
    return new ReminderPolicy(Duration.ofDays(n), Duration.ofDays(m));
  }
}
