/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.profile;

import jakarta.validation.constraints.AssertTrue;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A stretch of the candidate's history (a study, a job): a first day, and a last day unless it goes on. The
 * end is never before the start.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface DateRange {

  /**
   * First day.
   *
   * @return the start date
   */
  LocalDate from();

  /**
   * Last day, empty while it goes on.
   *
   * @return the end date
   */
  Optional<LocalDate> to();

  /**
   * Whether the dates are in order (the end is not before the start).
   *
   * @return true when in order
   */
  @AssertTrue(message = "{profile.dates.end-before-start}")
  default boolean datesInOrder() {
    return to().map(end -> !end.isBefore(from())).orElse(true);
  }
}
