/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.credential;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;
import org.memberportal.account.port.PasswordHasher;
import org.memberportal.kernel.Secret;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a password against a stored hash that may be missing (unknown email, migrated account) with the same
 * work whatever the case, so timing does not tell whether an account exists, nor with which parameters its hash
 * was made (ASVS 6.3.8).
 *
 * <p>Every check calls {@link PasswordHasher#matches} once for each parameter set in use: against the stored hash
 * for its own set, against a stand-in hash for each other set. The sets in use are the current hasher's, those of
 * the former hashers a host declares after a change of hasher (whose hashes stay until their holders sign in and
 * they are upgraded), and any other set a stored hash turns out to have (learnt on first sight and logged, up to
 * {@value #MAX_SETS}; declare them instead, so that even the first sight tells nothing). A hash that is not PHC
 * counts as the current set, which the library's hasher spends on it. With one set in use, a check is one call.
 *
 * <p>Stand-ins ({@link PasswordHasher#dummy()}) are made on the first check, not when the check is built, and
 * once per hasher for every check that uses it. The first check fetches them whether or not a stored hash is
 * given, so even that one-off cost does not tell a known email from an unknown one.
 *
 * <p>Passwords are hashed and compared in NFKC ({@link PasswordPolicy#normalised}); {@link #hasher()} is the
 * hasher that does so, for the services to hash new passwords with.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class CredentialCheck {

  private static final Logger LOG = LoggerFactory.getLogger(CredentialCheck.class);

  /** Most parameter sets a check learns from stored hashes. */
  private static final int MAX_SETS = 8;

  // one dummy per hasher, shared by every service using it; weak keys so a discarded hasher is not kept
  private static final Map<PasswordHasher, PasswordHash> DUMMIES = Collections.synchronizedMap(new WeakHashMap<>());

  private final PasswordHasher hasher;
  private final PasswordHasher normalising;
  private final List<PasswordHasher> former;
  private final Map<String, PasswordHash> standIns = new ConcurrentHashMap<>();
  private volatile String currentSet = "";

  /**
   * Creates the check; does no hashing (the dummy hash is made on first use).
   *
   * @param hasher the hasher
   */
  public CredentialCheck(PasswordHasher hasher) {
    this(hasher, List.of());
  }

  /**
   * Creates the check for stored hashes of several parameter sets; does no hashing.
   *
   * @param hasher the current hasher, which must verify the hashes of the former ones (as
   *     {@link PasswordHashing} verifies any Argon2id or PBKDF2 hash with its own parameters)
   * @param former the hashers whose hashes may still be stored
   */
  public CredentialCheck(PasswordHasher hasher, List<? extends PasswordHasher> former) {
    this.hasher = hasher;
    this.normalising = new Normalising(hasher);
    this.former = List.copyOf(former);
  }

  /**
   * Whether the password matches the stored hash; false when there is none, after the same work.
   *
   * @param stored the stored hash, if any
   * @param password the password in clear
   * @return true only when a stored hash exists and matches
   */
  public boolean matches(Optional<PasswordHash> stored, Secret password) {
    // fetched on every check, known email or not, so that making them on the first check is no tell either
    Map<String, PasswordHash> sets = standIns();
    String storedSet = stored.map(this::setOf).orElse("");
    if (!storedSet.isEmpty() && !sets.containsKey(storedSet)) {
      learn(storedSet, stored.get());
    }
    boolean verdict = false;
    boolean checked = false;
    for (Map.Entry<String, PasswordHash> set : sets.entrySet()) {
      boolean own = set.getKey().equals(storedSet);
      boolean matched = normalising.matches(password, own ? stored.orElseThrow() : set.getValue());
      verdict |= own && matched;
      checked |= own;
    }
    if (stored.isPresent() && !checked) {
      // a set beyond what is learnt: checked anyway, at its own cost
      verdict = normalising.matches(password, stored.get());
    }
    return stored.isPresent() && verdict;
  }

  /**
   * The hasher this check uses, as services must use it to hash new passwords: on their NFKC form.
   *
   * @return the hasher
   */
  public PasswordHasher hasher() {
    return normalising;
  }

  private Map<String, PasswordHash> standIns() {
    if (currentSet.isEmpty()) {
      synchronized (standIns) {
        if (currentSet.isEmpty()) {
          PasswordHash current = dummyOf(hasher);
          String set = current.parameterSet().isEmpty() ? "current" : current.parameterSet();
          standIns.put(set, current);
          for (PasswordHasher h : former) {
            PasswordHash dummy = dummyOf(h);
            standIns.putIfAbsent(dummy.parameterSet().isEmpty() ? set : dummy.parameterSet(), dummy);
          }
          currentSet = set;
        }
      }
    }
    return standIns;
  }

  private static PasswordHash dummyOf(PasswordHasher h) {
    // the map's lock makes a hasher build its dummy once, however many threads ask first
    return DUMMIES.computeIfAbsent(h, PasswordHasher::dummy);
  }

  /** The parameter set of a hash; one that is not PHC counts as the current set. */
  private String setOf(PasswordHash hash) {
    String set = hash.parameterSet();
    return set.isEmpty() ? currentSet : set;
  }

  private void learn(String set, PasswordHash sample) {
    synchronized (standIns) {
      if (!standIns.containsKey(set) && standIns.size() < MAX_SETS) {
        standIns.put(set, sample.standIn());
        LOG.warn("a stored password hash has parameters ({}) that no declared hasher has: every check now costs "
            + "one more verification; declare the former hasher so that even its first sight tells nothing",
            sample.algorithm());
      }
    }
  }

  /** A hasher that hashes and compares passwords in NFKC. */
  private record Normalising(PasswordHasher delegate) implements PasswordHasher {

    @Override
    public PasswordHash hash(Secret password) {
      return delegate.hash(PasswordPolicy.normalised(password));
    }

    @Override
    public boolean matches(Secret password, PasswordHash stored) {
      return delegate.matches(PasswordPolicy.normalised(password), stored);
    }

    @Override
    public boolean needsUpgrade(PasswordHash stored) {
      return delegate.needsUpgrade(stored);
    }

    @Override
    public PasswordHash dummy() {
      return delegate.dummy();
    }

    @Override
    public String toString() {
      return delegate.toString();
    }
  }
}
