/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.membership;

import java.util.UUID;
import org.apiguardian.api.API;
import org.memberportal.affiliation.AffiliationRefusals;
import org.memberportal.kernel.NotFound;

/**
 * Identifies one affiliation (a request, and what became of it).
 *
 * @param value the identifier
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record AffiliationId(UUID value) {

  /**
   * Makes a fresh random identifier.
   *
   * @return a new identifier
   */
  public static AffiliationId random() {
    return new AffiliationId(UUID.randomUUID());
  }

  /**
   * Reads an identifier from its text form.
   *
   * @param text the UUID text
   * @return the identifier
   * @throws NotFound when the text is not an identifier, since nothing can have it
   */
  public static AffiliationId of(String text) {
    try {
      return new AffiliationId(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      throw new NotFound(AffiliationRefusals.ID_MALFORMED, "not an identifier");
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
