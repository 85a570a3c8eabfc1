package org.memberportal.account.credential;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import org.apiguardian.api.API;
import org.memberportal.account.port.PasswordHasher;
import org.memberportal.kernel.Secret;

/**
 * Checks a password against a stored hash that may be missing (unknown email, migrated account) with the same
 * work either way: exactly one call of {@link PasswordHasher#matches}, against a dummy hash when there is
 * nothing to compare with, so timing does not tell whether an account exists.
 *
 * <p>The dummy hash ({@link PasswordHasher#dummy()}) is made on the first check, not when the service is built,
 * and once per hasher for every check that uses it. The first check fetches it whether or not a stored hash is
 * given, so even that one-off cost does not tell a known email from an unknown one.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class CredentialCheck {

  // one dummy per hasher, shared by every service using it; weak keys so a discarded hasher is not kept
  private static final Map<PasswordHasher, PasswordHash> DUMMIES = Collections.synchronizedMap(new WeakHashMap<>());

  private final PasswordHasher hasher;
  private volatile PasswordHash dummy;

  /**
   * Creates the check; does no hashing (the dummy hash is made on first use).
   *
   * @param hasher the hasher
   */
  public CredentialCheck(PasswordHasher hasher) {
    this.hasher = hasher;
  }

  /**
   * Whether the password matches the stored hash; false when there is none, after the same work.
   *
   * @param stored the stored hash, if any
   * @param password the password in clear
   * @return true only when a stored hash exists and matches
   */
  public boolean matches(Optional<PasswordHash> stored, Secret password) {
    // fetched on every check, known email or not, so that making it on the first check is no tell either
    PasswordHash standIn = dummy();
    boolean result = hasher.matches(password, stored.orElse(standIn));
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

  private PasswordHash dummy() {
    PasswordHash known = dummy;
    if (known == null) {
      // the map's lock makes the hasher build its dummy once, however many threads ask first
      known = DUMMIES.computeIfAbsent(hasher, PasswordHasher::dummy);
      dummy = known;
    }
    return known;
  }
}
