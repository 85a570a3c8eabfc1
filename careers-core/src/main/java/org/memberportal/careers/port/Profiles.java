/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.memberportal.careers.profile.ContractInterest;
import org.memberportal.careers.profile.Profile;
import org.memberportal.kernel.CandidateId;
import org.memberportal.kernel.Conflict;

/**
 * Port: the candidates' profiles, one per candidate, saved with an optimistic version check. Writes join the
 * current transaction.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface Profiles {

  /**
   * A candidate's profile.
   *
   * @param candidate the candidate
   * @return the profile, or empty before its first edit and after its deletion
   */
  Optional<Profile> find(CandidateId candidate);

  /**
   * Saves a profile if the stored one still has the expected version (0: none stored yet).
   *
   * @param profile the new state, whose version is greater than {@code expectedVersion}
   * @param expectedVersion the version the change was based on
   * @throws Conflict {@code profile.stale-version} when another edit came first
   */
  void save(Profile profile, long expectedVersion);

  /**
   * Deletes a profile and everything stored with it.
   *
   * @param candidate the candidate
   * @return true when there was one
   */
  boolean delete(CandidateId candidate);

  /**
   * The candidates whose profile has seen no activity since before the cut-off, for the retention rule.
   *
   * @param cutoff the instant; profiles last active strictly before it are returned
   * @return the candidates
   */
  List<CandidateId> inactiveSince(Instant cutoff);

  /**
   * The candidates who declared interest in a kind of work, read from an index (talent search never reads
   * every profile).
   *
   * @param interest the kind of work
   * @return the candidates, in no particular order
   */
  List<CandidateId> interestedIn(ContractInterest interest);
}
