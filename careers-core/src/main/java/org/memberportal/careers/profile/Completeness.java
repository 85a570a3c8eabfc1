/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.profile;

import java.util.List;
import org.apiguardian.api.API;
import org.memberportal.careers.CandidateId;

/**
 * The completeness report of a profile: which required sections are missing, named in the caller's language,
 * so that a front-end can say "complete your profile" before the candidate applies.
 *
 * @param candidate whose profile
 * @param missing the missing sections, in the seed's order
 * @param answered how many required sections are answered
 * @param required how many sections are required
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Completeness(CandidateId candidate, List<MissingSection> missing, int answered, int required) {

  /** Copies the list. */
  public Completeness {
    missing = List.copyOf(missing);
  }

  /**
   * Whether nothing is missing.
   *
   * @return true when the candidate may apply
   */
  public boolean complete() {
    return missing.isEmpty();
  }
}
