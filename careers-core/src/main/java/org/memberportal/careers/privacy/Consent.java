/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.privacy;

import java.time.Instant;
import java.util.Optional;
import org.apiguardian.api.API;
import org.memberportal.careers.CandidateId;

/**
 * One consent as recorded: given at a time, and withdrawn at a later time, if it was.
 *
 * @param candidate who consented
 * @param scope to what
 * @param givenAt when it was given
 * @param withdrawnAt when it was withdrawn, if it was
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Consent(CandidateId candidate, ConsentScope scope, Instant givenAt, Optional<Instant> withdrawnAt) {

  /**
   * Whether the consent holds now.
   *
   * @return true until withdrawn
   */
  public boolean active() {
    return withdrawnAt.isEmpty();
  }

  /**
   * The same consent, withdrawn.
   *
   * @param at when
   * @return the withdrawn consent
   */
  public Consent withdrawn(Instant at) {
    return new Consent(candidate, scope, givenAt, Optional.of(at));
  }
}
