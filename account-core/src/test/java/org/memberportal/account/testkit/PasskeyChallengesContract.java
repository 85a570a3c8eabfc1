/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.memberportal.account.factor.PasskeyChallenge;
import org.memberportal.account.port.PasskeyChallenges;
import org.memberportal.account.verification.CodeSubject;
import org.memberportal.kernel.Transactions;

/** The contract of the {@link PasskeyChallenges} port: a challenge is taken once; an expired one is forgotten. */
public abstract class PasskeyChallengesContract {

  private static final CodeSubject ADA = new CodeSubject("account:00000000-0000-0000-0000-000000000001");

  /**
   * A fresh, empty store.
   *
   * @return the store
   */
  protected abstract PasskeyChallenges challenges();

  /**
   * The transactions the store's writes join.
   *
   * @return the transactions
   */
  protected abstract Transactions transactions();

  private static PasskeyChallenge challenge(PasskeyChallenge.Ceremony ceremony) {
    return challenge(ceremony, Instant.parse("2026-01-05T09:05:00Z"));
  }

  private static PasskeyChallenge challenge(PasskeyChallenge.Ceremony ceremony, Instant expiresAt) {
    return new PasskeyChallenge(UUID.randomUUID(), ADA, ceremony, "q2VcZ3JhY2U", expiresAt);
  }

  @Test
  void aChallengeIsTakenOnceAsItWasHandedOut() {
    PasskeyChallenges store = challenges();
    PasskeyChallenge handed = challenge(PasskeyChallenge.Ceremony.AUTHENTICATION);
    PasskeyChallenge other = challenge(PasskeyChallenge.Ceremony.REGISTRATION);
    transactions().inTransaction(() -> {
      store.add(handed);
      store.add(other);
      return null;
    });

    assertThat(transactions().inTransaction(() -> store.take(handed.id()))).contains(handed);
    assertThat(transactions().inTransaction(() -> store.take(handed.id()))).isEmpty();
    assertThat(transactions().inTransaction(() -> store.take(other.id()))).contains(other);
  }

  @Test
  void theChallengesThatExpiredAreForgottenAndTheOthersKept() {
    PasskeyChallenges store = challenges();
    Instant now = Instant.parse("2000-01-01T00:05:00Z");
    PasskeyChallenge expired = challenge(PasskeyChallenge.Ceremony.AUTHENTICATION, now.minusSeconds(1));
    PasskeyChallenge expiring = challenge(PasskeyChallenge.Ceremony.AUTHENTICATION, now);
    PasskeyChallenge fresh = challenge(PasskeyChallenge.Ceremony.REGISTRATION, now.plusSeconds(300));
    transactions().inTransaction(() -> {
      store.add(expired);
      store.add(expiring);
      store.add(fresh);
      return null;
    });

    transactions().inTransaction(() -> {
      store.forgetExpired(now);
      return null;
    });

    assertThat(transactions().inTransaction(() -> store.take(expired.id()))).isEmpty();
    assertThat(transactions().inTransaction(() -> store.take(expiring.id()))).contains(expiring);
    assertThat(transactions().inTransaction(() -> store.take(fresh.id()))).contains(fresh);
  }

  @Test
  void forgettingThatRollsBackLeavesTheChallenges() {
    PasskeyChallenges store = challenges();
    Instant now = Instant.parse("2000-01-01T00:05:00Z");
    PasskeyChallenge expired = challenge(PasskeyChallenge.Ceremony.AUTHENTICATION, now.minusSeconds(1));
    transactions().inTransaction(() -> {
      store.add(expired);
      return null;
    });
    assertThatThrownBy(() -> transactions().inTransaction(() -> {
      store.forgetExpired(now);
      throw new IllegalStateException("rolled back");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(transactions().inTransaction(() -> store.take(expired.id()))).contains(expired);
  }

  @Test
  void aChallengeNeverHandedOutIsNotFound() {
    assertThat(transactions().inTransaction(() -> challenges().take(UUID.randomUUID()))).isEmpty();
  }

  @Test
  void aTakeThatRollsBackLeavesTheChallenge() {
    PasskeyChallenges store = challenges();
    PasskeyChallenge handed = challenge(PasskeyChallenge.Ceremony.AUTHENTICATION);
    transactions().inTransaction(() -> {
      store.add(handed);
      return null;
    });
    assertThatThrownBy(() -> transactions().inTransaction(() -> {
      store.take(handed.id());
      throw new IllegalStateException("rolled back");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(transactions().inTransaction(() -> store.take(handed.id()))).contains(handed);
  }
}
