/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.profile;

import java.util.UUID;
import org.apiguardian.api.API;
import org.memberportal.careers.CareersRefusals;
import org.memberportal.kernel.NotFound;

/**
 * Identifies one entry of a profile section (a language, a degree, a job...), so it can be updated or removed.
 *
 * @param value the identifier
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record EntryId(UUID value) {

  /**
   * Makes a fresh random identifier.
   *
   * @return a new identifier
   */
  public static EntryId random() {
    return new EntryId(UUID.randomUUID());
  }

  /**
   * Reads an identifier from its text form.
   *
   * @param text the UUID text
   * @return the identifier
   * @throws NotFound when the text is not an identifier, since no entry can have it
   */
  public static EntryId of(String text) {
    try {
      return new EntryId(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      throw new NotFound(CareersRefusals.PROFILE_ENTRY_ID_MALFORMED, "not an identifier");
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
