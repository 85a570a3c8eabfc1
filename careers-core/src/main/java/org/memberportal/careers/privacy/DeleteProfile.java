/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.privacy;

import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.memberportal.careers.CandidateId;

/**
 * Command: the candidate deletes their profile; their personal data is erased everywhere.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@Value.Immutable
public abstract class DeleteProfile {

  /**
   * Whose data.
   *
   * @return the candidate
   */
  public abstract CandidateId candidate();

  /**
   * Starts the command.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DeleteProfile}. */
  public static final class Builder extends ImmutableDeleteProfile.Builder {}
}
