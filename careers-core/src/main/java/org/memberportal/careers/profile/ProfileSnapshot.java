/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.profile;

import java.time.Instant;
import java.util.Map;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.memberportal.careers.CareersRefusals;
import org.memberportal.careers.CandidateId;
import org.memberportal.kernel.PreconditionFailed;

/**
 * An immutable copy of a complete profile as it stood at one instant, frozen into an application so that
 * later edits of the profile do not change what was submitted.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@Value.Immutable
public abstract class ProfileSnapshot {

  /**
   * The profile as it stood.
   *
   * @return the profile
   */
  public abstract Profile profile();

  /**
   * When the copy was taken.
   *
   * @return the instant
   */
  public abstract Instant takenAt();

  /**
   * Whose profile it is.
   *
   * @return the candidate
   */
  public CandidateId candidate() {
    return profile().candidate();
  }

  /**
   * The profile's version at the time of the copy.
   *
   * @return the version
   */
  public long profileVersion() {
    return profile().version();
  }

  /** Only complete profiles are ever frozen. */
  @Value.Check
  protected void check() {
    if (!profile().complete()) {
      throw new IllegalArgumentException("a snapshot is of a complete profile");
    }
  }

  /**
   * Freezes a profile.
   *
   * @param profile the profile, which must be complete
   * @param at the current instant
   * @return the snapshot
   * @throws PreconditionFailed {@code profile.incomplete} when a required section is missing; its details list
   *     the missing sections' codes under {@value Section#DETAIL}
   */
  public static ProfileSnapshot of(Profile profile, Instant at) {
    if (!profile.complete()) {
      throw new PreconditionFailed(CareersRefusals.PROFILE_INCOMPLETE,
          "the profile misses " + profile.missingSections(),
          Map.of(Section.DETAIL, profile.missingSections().stream().map(Section::code).toList()));
    }
    return ImmutableProfileSnapshot.builder().profile(profile).takenAt(at).build();
  }

  /** Ids only: the copy is personal data. */
  @Override
  public String toString() {
    return "ProfileSnapshot{" + candidate() + " v" + profileVersion() + " at " + takenAt() + "}";
  }
}
