/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.application;

import java.util.Locale;
import java.util.Set;
import org.apiguardian.api.API;
import org.memberportal.careers.CandidateId;
import org.memberportal.kernel.EmailAddress;

/**
 * What applying needs to know of a candidate's profile: where and in which language to write, and which
 * required sections are still missing.
 *
 * @param candidate the candidate
 * @param email the address notifications go to
 * @param language the candidate's language (language only)
 * @param missingSections codes of required sections not yet filled in (empty when the profile is complete)
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record ApplicantProfile(CandidateId candidate, EmailAddress email, Locale language, Set<String> missingSections) {

  /** Copies the sections. */
  public ApplicantProfile {
    missingSections = Set.copyOf(missingSections);
  }

  /**
   * Whether the profile is complete enough to apply.
   *
   * @return true when no required section is missing
   */
  public boolean complete() {
    return missingSections.isEmpty();
  }

  /** Ids only: the address is personal data. */
  @Override
  public String toString() {
    return "ApplicantProfile{" + candidate + ", " + email.masked() + ", missing " + missingSections + "}";
  }
}
