/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.memberportal.careers.port.Consents;
import org.memberportal.careers.privacy.Consent;
import org.memberportal.careers.privacy.ConsentScope;
import org.memberportal.careers.CandidateId;
import org.memberportal.kernel.Transactions;
import org.memberportal.kernel.testkit.MutableClock;

/**
 * Contract of the {@link Consents} port: extend it with a host's implementation and its transactions.
 */
public abstract class ConsentsContract {

  /**
   * The implementation under test, empty.
   *
   * @return the store
   */
  protected abstract Consents consents();

  /**
   * The transactions the store writes in.
   *
   * @return the transactions
   */
  protected abstract Transactions transactions();

  private static Consent given(CandidateId c, long secondsAfterStart) {
    return new Consent(c, ConsentScope.SHARE_OUTSIDE_ORGANISATION, MutableClock.START.plusSeconds(secondsAfterStart),
        Optional.empty());
  }

  private void run(Runnable r) {
    transactions().inTransaction(() -> {
      r.run();
      return null;
    });
  }

  @Test
  void historyKeepsConsentsInOrderWithTheirWithdrawal() {
    CandidateId c = CandidateId.random();
    Consent first = given(c, 0);
    Consent second = given(c, 100);
    run(() -> consents().add(first));
    run(() -> consents().update(first.withdrawn(MutableClock.START.plusSeconds(50))));
    run(() -> consents().add(second));
    assertThat(consents().history(c))
        .containsExactly(first.withdrawn(MutableClock.START.plusSeconds(50)), second);
  }

  @Test
  void removeForgetsOneCandidateOnly() {
    CandidateId c = CandidateId.random();
    CandidateId other = CandidateId.random();
    run(() -> consents().add(given(c, 0)));
    run(() -> consents().add(given(other, 0)));
    run(() -> consents().remove(c));
    assertThat(consents().history(c)).isEmpty();
    assertThat(consents().history(other)).hasSize(1);
  }

  @Test
  void rolledBackWritesLeaveNoTrace() {
    CandidateId c = CandidateId.random();
    run(() -> consents().add(given(c, 0)));
    assertThatThrownBy(() -> run(() -> {
      consents().update(given(c, 0).withdrawn(MutableClock.START.plusSeconds(1)));
      consents().add(given(c, 2));
      throw new IllegalStateException("simulated failure");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(consents().history(c)).containsExactly(given(c, 0));
  }
}
