/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.privacy;

import java.time.Period;
import org.apiguardian.api.API;

/**
 * The retention rule: candidates inactive for longer than this are erased by the retention batch.
 *
 * @param inactivity how long a candidate may stay inactive
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record RetentionPolicy(Period inactivity) {

  /** The period must be positive. */
  public RetentionPolicy {
    if (inactivity.isNegative() || inactivity.isZero()) {
      throw new IllegalArgumentException("the inactivity period must be positive");
    }
  }

  /**
   * Erase candidates inactive for this many years.
   *
   * @param years at least 1
   * @return the policy
   */
  public static RetentionPolicy years(int years) {
    return new RetentionPolicy(Period.ofYears(years));
  }
}
