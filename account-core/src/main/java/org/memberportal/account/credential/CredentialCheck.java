package org.memberportal.account.credential;

import java.util.Optional;
import org.apiguardian.api.API;
import org.memberportal.account.port.PasswordHasher;
import org.memberportal.kernel.Secret;

/**
 * Checks a password against a stored hash that may be missing (unknown email, migrated account) with the same
 * work either way: exactly one call of {@link PasswordHasher#matches}, against a dummy hash when there is
 * nothing to compare with, so timing does not tell whether an account exists.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class CredentialCheck {

  private final PasswordHasher hasher;
  private final PasswordHash dummy;

  /**
   * Creates the check; hashes a random dummy password once, with the hasher's current parameters.
   *
   * @param hasher the hasher
   */
  public CredentialCheck(PasswordHasher hasher) {
    this.hasher = hasher;
    this.dummy = hasher.hash(Secret.of(java.util.UUID.randomUUID().toString()));
  }

  /**
   * Whether the password matches the stored hash; false when there is none, after the same work.
   *
   * @param stored the stored hash, if any
   * @param password the password in clear
   * @return true only when a stored hash exists and matches
   */
  public boolean matches(Optional<PasswordHash> stored, Secret password) {
    boolean result = hasher.matches(password, stored.orElse(dummy));
    return stored.isPresent() && result;
  }

  /**
   * The hasher this check uses.
   *
   * @return the hasher
   */
  public PasswordHasher hasher() {
    return hasher;
  }
}
