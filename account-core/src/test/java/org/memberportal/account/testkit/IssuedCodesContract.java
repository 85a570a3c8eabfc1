/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.memberportal.account.port.IssuedCodes;
import org.memberportal.account.verification.CodePurpose;
import org.memberportal.account.verification.CodeSubject;
import org.memberportal.account.verification.IssuedCode;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.Transactions;

/** The contract of the {@link IssuedCodes} port. */
public abstract class IssuedCodesContract {

  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  private static final CodeSubject SUBJECT = new CodeSubject("account:1");

  /**
   * A fresh, empty store.
   *
   * @return the store
   */
  protected abstract IssuedCodes codes();

  /**
   * The transactions the store's writes join.
   *
   * @return the transactions
   */
  protected abstract Transactions transactions();

  private static IssuedCode code(long version) {
    return new IssuedCode(SUBJECT, CodePurpose.EMAIL_VERIFICATION, "digest", T0, T0.plusSeconds(600), 0, false, T0,
        1, version);
  }

  @Test
  void storesOneCodePerSubjectAndPurpose() {
    IssuedCodes store = codes();
    IssuedCode saved = transactions().inTransaction(() -> store.save(code(-1)));

    assertThat(saved.version()).isZero();
    assertThat(store.find(SUBJECT, CodePurpose.EMAIL_VERIFICATION)).contains(saved);
    assertThat(store.find(SUBJECT, CodePurpose.PASSWORD_RESET)).isEmpty();
  }

  @Test
  void refusesASaveBasedOnAStaleVersion() {
    IssuedCodes store = codes();
    transactions().inTransaction(() -> store.save(code(-1)));
    transactions().inTransaction(() -> store.save(code(0)));

    assertThatThrownBy(() -> transactions().inTransaction(() -> store.save(code(0))))
        .isInstanceOfSatisfying(Conflict.class, c -> assertThat(c.reason()).isEqualTo(IssuedCodes.STALE));
  }

  @Test
  void removeForgetsTheCode() {
    IssuedCodes store = codes();
    transactions().inTransaction(() -> store.save(code(-1)));
    transactions().inTransaction(() -> {
      store.remove(SUBJECT, CodePurpose.EMAIL_VERIFICATION);
      return null;
    });

    assertThat(store.find(SUBJECT, CodePurpose.EMAIL_VERIFICATION)).isEmpty();
  }

  @Test
  void aRolledBackSaveLeavesThePreviousState() {
    IssuedCodes store = codes();
    IssuedCode first = transactions().inTransaction(() -> store.save(code(-1)));
    assertThatThrownBy(() -> transactions().inTransaction(() -> {
      store.save(code(0));
      throw new IllegalStateException("boom");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(store.find(SUBJECT, CodePurpose.EMAIL_VERIFICATION)).contains(first);
  }
}
