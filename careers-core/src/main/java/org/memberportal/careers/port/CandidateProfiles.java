package org.memberportal.careers.port;

import java.time.Instant;
import java.util.Optional;
import org.apiguardian.api.API;
import org.memberportal.careers.application.ApplicantProfile;
import org.memberportal.careers.application.ProfileSnapshot;
import org.memberportal.kernel.CandidateId;

/**
 * Port: what applications need from the candidate profiles. The profile module implements it; tests use a fake.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public interface CandidateProfiles {

  /**
   * The candidate's contact details and profile completeness.
   *
   * @param candidate the candidate
   * @return the profile summary, or empty when the candidate has no profile (or account)
   */
  Optional<ApplicantProfile> find(CandidateId candidate);

  /**
   * The candidate's whole profile as it is now, frozen into an opaque document that later edits do not change.
   *
   * @param candidate the candidate, who has a profile
   * @param at the instant of the snapshot
   * @return the snapshot
   */
  ProfileSnapshot freeze(CandidateId candidate, Instant at);
}
