/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.talent;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.memberportal.careers.profile.ContractInterest;
import org.memberportal.careers.CandidateId;

/**
 * One candidate found by a talent search, for recruitment inside the organisation.
 *
 * @param candidate the candidate, whose profile a recruiter may then read
 * @param name the candidate's first and last name, when given
 * @param interests the kinds of work they are interested in
 * @param availableFrom when they are available, when given
 * @param expertise their areas of expertise
 * @param languages the ISO codes of the languages they declared
 * @param mayShareOutside whether their consent to share their data outside the organisation holds now
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Talent(CandidateId candidate, Optional<String> name, Set<ContractInterest> interests,
    Optional<LocalDate> availableFrom, List<String> expertise, List<String> languages, boolean mayShareOutside) {

  /** Copies the collections. */
  public Talent {
    interests = Set.copyOf(interests);
    expertise = List.copyOf(expertise);
    languages = List.copyOf(languages);
  }

  /** Ids only: names and expertise are personal data. */
  @Override
  public String toString() {
    return "Talent{" + candidate + ", " + interests + "}";
  }
}
