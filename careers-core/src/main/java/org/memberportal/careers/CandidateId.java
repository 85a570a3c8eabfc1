/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers;

import java.util.UUID;
import org.apiguardian.api.API;
import org.memberportal.kernel.NotFound;

/**
 * Identifies a Careers candidate account.
 *
 * @param value the identifier
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record CandidateId(UUID value) {

  /**
   * Makes a fresh random identifier.
   *
   * @return a new identifier
   */
  public static CandidateId random() {
    return new CandidateId(UUID.randomUUID());
  }

  /**
   * Reads an identifier from its text form.
   *
   * @param text the UUID text
   * @return the identifier
   * @throws NotFound when the text is not an identifier, since nothing can have it
   */
  public static CandidateId of(String text) {
    try {
      return new CandidateId(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      throw new NotFound(CareersRefusals.CANDIDATE_ID_MALFORMED, "not an identifier");
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
