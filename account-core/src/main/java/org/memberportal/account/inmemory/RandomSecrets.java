package org.memberportal.account.inmemory;

import java.security.SecureRandom;
import org.apiguardian.api.API;
import org.memberportal.account.port.Secrets;

/**
 * A key source for one process: a random 256-bit key made at start-up. Codes issued before a restart no longer
 * verify, which is fine for the embedded default and tests; a host with several nodes supplies its own key.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class RandomSecrets implements Secrets {

  private final byte[] key = new byte[32];

  /** Draws the key. */
  public RandomSecrets() {
    new SecureRandom().nextBytes(key);
  }

  @Override
  public byte[] codeKey() {
    return key.clone();
  }

  @Override
  public String toString() {
    return "RandomSecrets{******}";
  }
}
