/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.factor;

import java.time.Instant;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One recovery code as stored: its keyed digest, and when it was used (each code opens once).
 *
 * @param digest HMAC-SHA256 of the normalised code under the host's factor key
 * @param usedAt when it was used, if it was
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public record RecoveryCode(String digest, @Nullable Instant usedAt) {

  /** {@return whether the code may still be used} */
  public boolean unused() {
    return usedAt == null;
  }

  @Override
  public String toString() {
    return "RecoveryCode[" + (unused() ? "unused" : "used " + usedAt) + "]";
  }
}
