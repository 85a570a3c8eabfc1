/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.application;

import java.util.UUID;
import org.apiguardian.api.API;
import org.memberportal.careers.CareersRefusals;
import org.memberportal.kernel.NotFound;

/**
 * Identifies an application (or a draft application).
 *
 * @param value the identifier
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record ApplicationId(UUID value) {

  /**
   * Makes a fresh random identifier.
   *
   * @return a new identifier
   */
  public static ApplicationId random() {
    return new ApplicationId(UUID.randomUUID());
  }

  /**
   * Reads an identifier from its text form.
   *
   * @param text the UUID text
   * @return the identifier
   * @throws NotFound when the text is not an identifier, since no application can have it
   */
  public static ApplicationId of(String text) {
    try {
      return new ApplicationId(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      throw new NotFound(CareersRefusals.APPLICATION_ID_MALFORMED, "not an identifier");
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
