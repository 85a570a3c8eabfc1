/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.factor;

import java.util.UUID;
import org.apiguardian.api.API;
import org.memberportal.account.AccountRefusals;
import org.memberportal.kernel.NotFound;

/**
 * A stored passkey's id (the library's, not the authenticator's credential id).
 *
 * @param value the UUID
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public record PasskeyId(UUID value) {

  /** {@return a fresh random id} */
  public static PasskeyId random() {
    return new PasskeyId(UUID.randomUUID());
  }

  /**
   * Reads an id from its text form.
   *
   * @param text the UUID text
   * @return the id
   * @throws NotFound {@code account.passkey-not-found} when the text is not an id, since no passkey can have it
   */
  public static PasskeyId of(String text) {
    try {
      return new PasskeyId(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      throw new NotFound(AccountRefusals.PASSKEY_NOT_FOUND, "not a passkey id");
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
