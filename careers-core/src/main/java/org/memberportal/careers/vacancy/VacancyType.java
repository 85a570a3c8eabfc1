/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.vacancy;

import org.apiguardian.api.API;

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
}
