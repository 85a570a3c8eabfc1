/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.memberportal.account.AccountRefusals;
import org.memberportal.account.port.IssuedCodes;
import org.memberportal.account.verification.CodePurpose;
import org.memberportal.account.verification.CodeSubject;
import org.memberportal.account.verification.IssuedCode;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.KernelRefusals;
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
  void storesOneCodePerSubjectAndPurposeAddedAtVersionOne() {
    IssuedCodes store = codes();
    IssuedCode added = transactions().inTransaction(() -> store.add(code(0)));

    assertThat(added.version()).isEqualTo(1);
    assertThat(store.find(SUBJECT, CodePurpose.EMAIL_VERIFICATION)).contains(added);
    assertThat(store.find(SUBJECT, CodePurpose.PASSWORD_RESET)).isEmpty();
  }

  @Test
  void refusesASecondFirstCodeForTheSameSubjectAndPurpose() {
    IssuedCodes store = codes();
    IssuedCode first = transactions().inTransaction(() -> store.add(code(0)));

    assertThatThrownBy(() -> transactions().inTransaction(() -> store.add(code(0))))
        .isInstanceOfSatisfying(Conflict.class, c -> assertThat(c.reason()).isEqualTo(AccountRefusals.CODE_TAKEN));
    assertThat(store.find(SUBJECT, CodePurpose.EMAIL_VERIFICATION)).contains(first);
  }

  @Test
  void anUpdateStoresTheNextVersionAndOneBasedOnAStaleVersionIsRefusedChangingNothing() {
    IssuedCodes store = codes();
    transactions().inTransaction(() -> store.add(code(0)));
    IssuedCode second = transactions().inTransaction(() -> store.update(code(1)));

    assertThat(second.version()).isEqualTo(2);
    assertThatThrownBy(() -> transactions().inTransaction(() -> store.update(code(1))))
        .isInstanceOfSatisfying(Conflict.class, c -> assertThat(c.reason()).isEqualTo(KernelRefusals.STALE_VERSION));
    assertThat(store.find(SUBJECT, CodePurpose.EMAIL_VERIFICATION)).contains(second);
  }

  @Test
  void anUpdateOfACodeThatIsGoneIsStale() {
    IssuedCodes store = codes();

    assertThatThrownBy(() -> transactions().inTransaction(() -> store.update(code(1))))
        .isInstanceOfSatisfying(Conflict.class, c -> assertThat(c.reason()).isEqualTo(KernelRefusals.STALE_VERSION));
    assertThat(store.find(SUBJECT, CodePurpose.EMAIL_VERIFICATION)).isEmpty();
  }

  @Test
  void removeForgetsTheCode() {
    IssuedCodes store = codes();
    transactions().inTransaction(() -> store.add(code(0)));
    transactions().inTransaction(() -> {
      store.remove(SUBJECT, CodePurpose.EMAIL_VERIFICATION);
      return null;
    });

    assertThat(store.find(SUBJECT, CodePurpose.EMAIL_VERIFICATION)).isEmpty();
  }

  @Test
  void aRolledBackUpdateLeavesThePreviousState() {
    IssuedCodes store = codes();
    IssuedCode first = transactions().inTransaction(() -> store.add(code(0)));
    assertThatThrownBy(() -> transactions().inTransaction(() -> {
      store.update(code(1));
      throw new IllegalStateException("boom");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(store.find(SUBJECT, CodePurpose.EMAIL_VERIFICATION)).contains(first);
  }

  @Test
  void aRolledBackAddLeavesNoCode() {
    IssuedCodes store = codes();
    assertThatThrownBy(() -> transactions().inTransaction(() -> {
      store.add(code(0));
      throw new IllegalStateException("boom");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(store.find(SUBJECT, CodePurpose.EMAIL_VERIFICATION)).isEmpty();
  }
}
