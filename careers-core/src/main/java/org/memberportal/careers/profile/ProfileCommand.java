/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.profile;

import jakarta.validation.constraints.PositiveOrZero;
import org.apiguardian.api.API;
import org.memberportal.careers.CandidateId;

/**
 * What every profile edit names: whose profile, and the version the candidate saw (optimistic concurrency).
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface ProfileCommand {

  /**
   * Whose profile to edit.
   *
   * @return the candidate
   */
  CandidateId candidate();

  /**
   * The version of the profile the edit is based on; 0 before the first edit. A different stored version
   * means someone else edited it meanwhile, and the command is refused with a conflict.
   *
   * @return the expected version
   */
  @PositiveOrZero
  long expectedVersion();
}
