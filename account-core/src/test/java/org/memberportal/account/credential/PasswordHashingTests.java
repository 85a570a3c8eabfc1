/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.credential;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.memberportal.account.port.PasswordHasher;
import org.memberportal.account.testkit.TestHashing;
import org.memberportal.kernel.Secret;

class PasswordHashingTests {

  private static final Secret PASSWORD = Secret.of("Blue-Heron-Sky-42");

  @Test
  void argon2idAtOwaspParametersByDefault() {
    PasswordHashing hasher = PasswordHashing.argon2id();
    PasswordHash hash = hasher.hash(PASSWORD);

    assertThat(hash.phc()).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    assertThat(hasher.matches(PASSWORD, hash)).isTrue();
    assertThat(hasher.matches(Secret.of("Blue-Heron-Sky-43"), hash)).isFalse();
    assertThat(hasher.needsUpgrade(hash)).isFalse();
  }

  @Test
  void pbkdf2Sha256WithSixHundredThousandIterations() {
    PasswordHashing hasher = PasswordHashing.pbkdf2Sha256();
    PasswordHash hash = hasher.hash(PASSWORD);

    assertThat(hash.phc()).startsWith("$pbkdf2-sha256$i=600000$");
    assertThat(hasher.matches(PASSWORD, hash)).isTrue();
  }

  @Test
  void pbkdf2Sha512WithTwoHundredTwentyThousandIterations() {
    PasswordHashing hasher = PasswordHashing.pbkdf2Sha512();
    PasswordHash hash = hasher.hash(PASSWORD);

    assertThat(hash.phc()).startsWith("$pbkdf2-sha512$i=220000$");
    assertThat(hasher.matches(PASSWORD, hash)).isTrue();
  }

  @Test
  void aHashMadeWithOtherParametersVerifiesButNeedsAnUpgrade() {
    PasswordHash old = PasswordHashing.pbkdf2("sha512", 1000).hash(PASSWORD);
    PasswordHashing current = TestHashing.fast();

    assertThat(current.matches(PASSWORD, old)).isTrue();
    assertThat(current.needsUpgrade(old)).isTrue();
    assertThat(current.needsUpgrade(PasswordHashing.argon2id(32, 1, 1).hash(PASSWORD))).isTrue();
    assertThat(current.needsUpgrade(current.hash(PASSWORD))).isFalse();
  }

  @Test
  void saltMakesEveryHashDifferent() {
    PasswordHashing hasher = TestHashing.fast();

    assertThat(hasher.hash(PASSWORD)).isNotEqualTo(hasher.hash(PASSWORD));
  }

  @Test
  void nonPhcHashesNeverMatch() {
    assertThat(TestHashing.fast().matches(Secret.of("password"),
        PasswordHash.of("5f4dcc3b5aa765d61d8327deb882cf99"))).isFalse();
  }

  @Test
  void hashNeverPrintsItself() {
    PasswordHash hash = TestHashing.fast().hash(PASSWORD);

    assertThat(hash.toString()).isEqualTo("PasswordHash{argon2id, ******}");
  }

  @Test
  void credentialCheckCallsTheHasherOnceWithOrWithoutAStoredHash() {
    TestHashing.Counting counting = TestHashing.counting();
    CredentialCheck check = new CredentialCheck(counting);
    PasswordHash stored = counting.hash(PASSWORD);
    counting.reset();

    assertThat(check.matches(Optional.empty(), PASSWORD)).isFalse();
    assertThat(counting.matchCalls()).isEqualTo(1);
    assertThat(check.matches(Optional.of(stored), PASSWORD)).isTrue();
    assertThat(counting.matchCalls()).isEqualTo(2);
  }

  @Test
  void credentialCheckMakesNoDummyHashWhenBuilt() {
    TestHashing.Counting counting = TestHashing.counting();

    new CredentialCheck(counting);

    assertThat(counting.hashes()).isZero();
    assertThat(counting.dummies()).isZero();
  }

  @Test
  void credentialCheckFetchesTheDummyOnTheFirstCheckWithOrWithoutAStoredHash() {
    TestHashing.Counting counting = TestHashing.counting();
    PasswordHash stored = counting.hash(PASSWORD);
    counting.reset();
    CredentialCheck check = new CredentialCheck(counting);

    assertThat(check.matches(Optional.of(stored), PASSWORD)).isTrue();

    assertThat(counting.dummies()).isEqualTo(1);
    assertThat(counting.matchCalls()).isEqualTo(1);
    assertThat(counting.hashes()).isZero();
  }

  @Test
  void aHasherWithoutItsOwnDummyHashesOneOnceForEveryCheckSharingIt() throws Exception {
    HashCounting hasher = new HashCounting();
    List<CredentialCheck> checks = List.of(new CredentialCheck(hasher), new CredentialCheck(hasher));
    assertThat(hasher.hashes.get()).isZero();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Boolean>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < 16; i++) {
        CredentialCheck check = checks.get(i % 2);
        answers.add(pool.submit(() -> {
          start.await();
          return check.matches(Optional.empty(), PASSWORD);
        }));
      }
      start.countDown();
      for (Future<Boolean> answer : answers) {
        assertThat(answer.get(30, TimeUnit.SECONDS)).isFalse();
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(hasher.hashes.get()).isEqualTo(1);
    assertThat(hasher.matches.get()).isEqualTo(16);
  }

  @Test
  void theLibrarysDummyHasTheCurrentParametersAndMatchesNothing() {
    PasswordHashing hasher = TestHashing.fast();
    PasswordHash dummy = hasher.dummy();
    PasswordHash real = hasher.hash(PASSWORD);

    assertThat(dummy.phc()).hasSameSizeAs(real.phc())
        .startsWith(real.phc().substring(0, real.phc().lastIndexOf('$', real.phc().lastIndexOf('$') - 1)));
    assertThat(hasher.needsUpgrade(dummy)).isFalse();
    assertThat(hasher.matches(PASSWORD, dummy)).isFalse();
    assertThat(hasher.dummy()).isNotEqualTo(dummy);
  }

  /** A host's hasher that keeps the port's default dummy (one real hash), counting its calls. */
  private static final class HashCounting implements PasswordHasher {
    private final PasswordHashing delegate = TestHashing.fast();
    private final AtomicInteger hashes = new AtomicInteger();
    private final AtomicInteger matches = new AtomicInteger();

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
  }

  @Test
  void aHashKeepsItsExactTextHoweverItIsHeld() {
    PasswordHash real = PasswordHashing.argon2id(8, 1, 1).hash(PASSWORD);
    String legacy = "5f4dcc3b5aa765d61d8327deb882cf99";
    String padded = "$pbkdf2-sha256$i=1000$c2FsdA==$ZGlnZXN0";

    assertThat(PasswordHash.of(real.phc()).phc()).isEqualTo(real.phc());
    assertThat(PasswordHash.of(legacy).phc()).isEqualTo(legacy);
    assertThat(PasswordHash.of(padded).phc()).isEqualTo(padded);
    assertThat(PasswordHash.of(padded).algorithm()).isEqualTo("pbkdf2-sha256");
    assertThat(PasswordHash.of(legacy).algorithm()).isEmpty();
  }
}
