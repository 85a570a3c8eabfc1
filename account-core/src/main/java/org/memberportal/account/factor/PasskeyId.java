/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.factor;

import java.util.UUID;
import org.apiguardian.api.API;

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

  @Override
  public String toString() {
    return value.toString();
  }
}
