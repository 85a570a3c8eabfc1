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
import org.memberportal.careers.CandidateId;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.KernelRefusals;

/**
 * Port: the candidates' profiles, one per candidate. The store owns the version: {@link #add} stores a candidate's
 * first profile at version 1, {@link #update} only over the version it was read at and one version on; a stale
 * write is refused with {@link KernelRefusals#STALE_VERSION} and changes nothing. Writes join the current
 * transaction.
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
   * Stores a candidate's first profile.
   *
   * @param profile the profile, at version 0
   * @return the profile as stored, at version 1
   * @throws Conflict {@link KernelRefusals#STALE_VERSION} when the candidate has one already (another first edit
   *     came first)
   */
  Profile add(Profile profile);

  /**
   * Stores a changed profile over the version it was read at.
   *
   * @param profile the profile as read, changed
   * @return the profile as stored, one version on
   * @throws Conflict {@link KernelRefusals#STALE_VERSION} when the stored version is not {@code profile.version()}
   *     (another edit came first, or the profile is gone)
   */
  Profile update(Profile profile);

  /**
   * Removes a profile and everything stored with it.
   *
   * @param candidate the candidate
   * @return true when there was one
   */
  boolean remove(CandidateId candidate);

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
