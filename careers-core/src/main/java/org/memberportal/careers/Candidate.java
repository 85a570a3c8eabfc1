/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers;

import java.util.Locale;
import org.apiguardian.api.API;
import org.memberportal.kernel.Actor;

/**
 * A signed-in Careers candidate, the actor of the candidate's own commands.
 *
 * @param candidate the candidate account
 * @param locale the candidate's language
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public record Candidate(CandidateId candidate, Locale locale) implements Actor {

  /**
   * A signed-in candidate reading English.
   *
   * @param candidate the candidate account
   * @return the actor
   */
  public static Candidate of(CandidateId candidate) {
    return new Candidate(candidate, Locale.ENGLISH);
  }

  @Override
  public Candidate in(Locale locale) {
    return new Candidate(candidate, locale);
  }
}
