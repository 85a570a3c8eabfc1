/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.port;

import java.time.Instant;
import java.util.Optional;
import org.apiguardian.api.API;
import org.memberportal.careers.application.ApplicantProfile;
import org.memberportal.careers.profile.ProfileSnapshot;
import org.memberportal.careers.CandidateId;

/**
 * Port: what applications need to know of a candidate (address, language, completeness) and the profile to
 * freeze into an application. {@link org.memberportal.careers.ProfileApplicants} implements it over the careers
 * accounts and profiles; a host only replaces it to read candidates from elsewhere.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public interface Applicants {

  /**
   * The candidate's contact details and profile completeness.
   *
   * @param candidate the candidate
   * @return the summary, or empty when the candidate has no careers account
   */
  Optional<ApplicantProfile> find(CandidateId candidate);

  /**
   * The candidate's whole profile as it is now, as an immutable copy that later edits do not change.
   *
   * @param candidate the candidate, whose profile is complete
   * @param at the instant of the snapshot
   * @return the snapshot
   * @throws org.memberportal.kernel.PreconditionFailed {@code profile.incomplete} when a required section is
   *     missing
   */
  ProfileSnapshot freeze(CandidateId candidate, Instant at);
}
