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

/** The contract of the {@link PasskeyChallenges} port: a challenge is taken once. */
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
    return new PasskeyChallenge(UUID.randomUUID(), ADA, ceremony, "q2VcZ3JhY2U", Instant.parse(
        "2026-01-05T09:05:00Z"));
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
