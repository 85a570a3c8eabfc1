package org.memberportal.account.port;

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
}
