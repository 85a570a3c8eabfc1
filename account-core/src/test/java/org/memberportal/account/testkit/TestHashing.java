/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.testkit;

import java.util.concurrent.atomic.AtomicInteger;
import org.memberportal.account.credential.PasswordHash;
import org.memberportal.account.credential.PasswordHashing;
import org.memberportal.account.port.PasswordHasher;
import org.memberportal.kernel.Secret;

/**
 * Hashers for tests: Argon2id with tiny parameters (well under a millisecond), and a counting wrapper to prove
 * how many hashes a command computes. Production parameters belong in a handful of tests only.
 */
public final class TestHashing {

  private TestHashing() {}

  /**
   * Argon2id at m=16 KiB, t=1, p=1: same code path as production, a thousand times cheaper.
   *
   * @return the hasher
   */
  public static PasswordHashing fast() {
    return PasswordHashing.argon2id(16, 1, 1);
  }

  /**
   * A fast hasher that counts its calls.
   *
   * @return the counting hasher
   */
  public static Counting counting() {
    return new Counting(fast());
  }

  /** Counts calls of each method, delegating to another hasher. Thread-safe. */
  public static final class Counting implements PasswordHasher {
    private final PasswordHasher delegate;
    private final AtomicInteger hashes = new AtomicInteger();
    private final AtomicInteger matches = new AtomicInteger();
    private final AtomicInteger dummies = new AtomicInteger();

    /**
     * Wraps a hasher.
     *
     * @param delegate the real hasher
     */
    public Counting(PasswordHasher delegate) {
      this.delegate = delegate;
    }

    @Override
    public PasswordHash hash(Secret password) {
      hashes.incrementAndGet();
      return delegate.hash(password);
    }

    @Override
    public boolean matches(Secret password, PasswordHash stored) {
      matches.incrementAndGet();
      return delegate.matches(password, stored);
    }

    @Override
    public boolean needsUpgrade(PasswordHash stored) {
      return delegate.needsUpgrade(stored);
    }

    @Override
    public PasswordHash dummy() {
      // counted apart from hash(): the library's hasher builds its dummy without deriving a key
      dummies.incrementAndGet();
      return delegate.dummy();
    }

    /**
     * Calls of {@link #dummy} so far.
     *
     * @return the count
     */
    public int dummies() {
      return dummies.get();
    }

    /**
     * Calls of {@link #hash} so far.
     *
     * @return the count
     */
    public int hashes() {
      return hashes.get();
    }

    /**
     * Calls of {@link #matches} so far.
     *
     * @return the count
     */
    public int matchCalls() {
      return matches.get();
    }

    /** Forgets the counts. */
    public void reset() {
      hashes.set(0);
      matches.set(0);
      dummies.set(0);
    }
  }
}
