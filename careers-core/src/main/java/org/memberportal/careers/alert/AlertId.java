/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.alert;

import java.util.UUID;
import org.apiguardian.api.API;
import org.memberportal.careers.CareersRefusals;
import org.memberportal.kernel.NotFound;

/**
 * Identifies a job alert subscription.
 *
 * @param value the identifier
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record AlertId(UUID value) {

  /**
   * Makes a fresh random identifier.
   *
   * @return a new identifier
   */
  public static AlertId random() {
    return new AlertId(UUID.randomUUID());
  }

  /**
   * Reads an identifier from its text form.
   *
   * @param text the UUID text
   * @return the identifier
   * @throws NotFound when the text is not an identifier, since no alert can have it
   */
  public static AlertId of(String text) {
    try {
      return new AlertId(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      throw new NotFound(CareersRefusals.ALERT_ID_MALFORMED, "not an identifier");
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
