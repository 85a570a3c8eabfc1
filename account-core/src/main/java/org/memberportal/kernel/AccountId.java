/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel;

import java.util.UUID;
import org.apiguardian.api.API;

/**
 * Identifies a user account.
 *
 * @param value the identifier
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record AccountId(UUID value) {

  /**
   * Makes a fresh random identifier.
   *
   * @return a new identifier
   */
  public static AccountId random() {
    return new AccountId(UUID.randomUUID());
  }

  /**
   * Reads an identifier from its text form.
   *
   * @param text the UUID text
   * @return the identifier
   * @throws NotFound when the text is not an identifier, since nothing can have it
   */
  public static AccountId of(String text) {
    try {
      return new AccountId(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      throw new NotFound(KernelRefusals.ACCOUNT_ID_MALFORMED, "not an identifier");
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
