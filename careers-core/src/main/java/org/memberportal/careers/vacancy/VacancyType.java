/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.vacancy;

import java.util.List;
import org.apiguardian.api.API;
import org.memberportal.account.reference.Choice;
import org.memberportal.account.reference.Choices;

/**
 * The kind of contract a vacancy offers; it decides which languages its text must be in.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum VacancyType {
  /** A regular (fixed-term or continuing) post. */
  REGULAR_POST,
  /** A temporary appointment. */
  TEMPORARY,
  /** An internship. */
  INTERNSHIP,
  /** A consultancy. */
  CONSULTANT;

  /**
   * Whether this is short-term work (temporary, internship or consultant), the kinds with lighter language rules.
   *
   * @return true for every type but the regular post
   */
  public boolean shortTerm() {
    return this != REGULAR_POST;
  }

  /**
   * The vacancy types as choices, labelled in every language the library speaks (the bundle {@code
   * org.memberportal.careers.Labels}), in declaration order.
   *
   * @return one choice per constant, its code the constant's name
   */
  public static List<Choice> choices() {
    return Choices.of(VacancyType.class, "org.memberportal.careers.Labels");
  }
}
