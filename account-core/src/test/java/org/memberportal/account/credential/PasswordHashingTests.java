package org.memberportal.account.credential;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
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
}
