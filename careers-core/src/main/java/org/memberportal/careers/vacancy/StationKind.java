/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.vacancy;

import java.util.List;
import org.apiguardian.api.API;
import org.memberportal.account.reference.Choice;
import org.memberportal.account.reference.Choices;

/**
 * Where in the organisation a duty station sits.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum StationKind {
  /** Headquarters (Geneva). */
  HEADQUARTERS,
  /** A regional office. */
  REGIONAL_OFFICE,
  /** An area office. */
  AREA_OFFICE;

  /**
   * The kinds of duty station as choices, labelled in every language the library speaks (the bundle {@code
   * org.memberportal.careers.Labels}), in declaration order.
   *
   * @return one choice per constant, its code the constant's name
   */
  public static List<Choice> choices() {
    return Choices.of(StationKind.class, "org.memberportal.careers.Labels");
  }
}
