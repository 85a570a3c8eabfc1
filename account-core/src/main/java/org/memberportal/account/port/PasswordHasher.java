/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.port;

import java.util.UUID;
import org.apiguardian.api.API;
import org.memberportal.account.credential.PasswordHash;
import org.memberportal.kernel.Secret;

/**
 * Port: turns passwords into self-describing hashes (PHC strings) and checks passwords against them. The
 * library ships {@link org.memberportal.account.credential.PasswordHashing} (Argon2id by default, PBKDF2 as an
 * alternative); a host may plug its own.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public interface PasswordHasher {

  /**
   * Hashes a password with a fresh salt and the current parameters.
   *
   * @param password the password in clear
   * @return its hash
   */
  PasswordHash hash(Secret password);

  /**
   * Checks a password against a stored hash, in time independent of where they differ.
   *
   * @param password the password in clear
   * @param stored the stored hash
   * @return true when the password produced the hash
   */
  boolean matches(Secret password, PasswordHash stored);

  /**
   * Whether a stored hash was made with another algorithm or other parameters than the current ones, so that
   * it should be replaced at the next successful sign-in.
   *
   * @param stored the stored hash
   * @return true when it should be upgraded
   */
  boolean needsUpgrade(PasswordHash stored);

  /**
   * Makes a hash that stands in for a missing one (an unknown email), so that checking a password against it
   * costs what checking against a real hash with the current parameters costs; no password is expected to
   * match it. The default hashes a random password; a hasher whose format allows it should override this to
   * build one from random bytes without deriving a key, so that services need not spend a hash to create it.
   *
   * @return a hash in the current format and parameters that no known password produced
   */
  default PasswordHash dummy() {
    return hash(Secret.of(UUID.randomUUID().toString()));
  }
}
