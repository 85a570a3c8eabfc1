/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.inmemory;

import java.security.SecureRandom;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.memberportal.account.port.Secrets;

/**
 * A key source for one process: a random 256-bit key drawn on first use (not when the service is built, to
 * keep start-up free of seeding a {@link SecureRandom}), then kept for the life of the process. Codes issued
 * before a restart no longer verify, which is fine for the embedded default and tests; a host with several
 * nodes supplies its own key.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class RandomSecrets implements Secrets {

  private volatile byte @Nullable [] key;

  /** Creates the source; the key is drawn on first use. */
  public RandomSecrets() {}

  @Override
  public byte[] codeKey() {
    byte[] known = key;
    if (known == null) {
      synchronized (this) {
        known = key;
        if (known == null) {
          known = new byte[32];
          new SecureRandom().nextBytes(known);
          key = known;
        }
      }
    }
    return known.clone();
  }

  @Override
  public String toString() {
    return "RandomSecrets{******}";
  }
}
