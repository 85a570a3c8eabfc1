/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.memberportal.account.factor.Enrolment;
import org.memberportal.account.factor.RecoveryCode;
import org.memberportal.account.factor.SealedKey;
import org.memberportal.account.factor.TotpKey;
import org.memberportal.account.port.FactorRegister;
import org.memberportal.account.signin.Lockout;
import org.memberportal.account.verification.CodeSubject;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.KernelRefusals;
import org.memberportal.kernel.Transactions;

/** The contract of the {@link FactorRegister} port. */
public abstract class FactorRegisterContract {

  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  private static final CodeSubject ADA = new CodeSubject("account:00000000-0000-0000-0000-000000000001");
  private static final CodeSubject GRACE = new CodeSubject("account:00000000-0000-0000-0000-000000000002");

  /**
   * A fresh, empty store.
   *
   * @return the store
   */
  protected abstract FactorRegister register();

  /**
   * The transactions the store's writes join.
   *
   * @return the transactions
   */
  protected abstract Transactions transactions();

  private static Enrolment full(CodeSubject holder) {
    return new Enrolment(holder, new TotpKey(new SealedKey("v1:c2VhbGVk"), T0, T0.plusSeconds(20), 58_000_001),
        List.of(new RecoveryCode("d1", null), new RecoveryCode("d2", T0.plusSeconds(60))),
        new Lockout(4, T0.plusSeconds(90), T0.plusSeconds(150)), T0.plusSeconds(10), 0);
  }

  @Test
  void storesAnEnrolmentWithEveryPartAtVersionOne() {
    FactorRegister store = register();
    Enrolment added = transactions().inTransaction(() -> store.add(full(ADA)));

    assertThat(added).isEqualTo(full(ADA).withVersion(1));
    assertThat(store.find(ADA)).contains(added);
    assertThat(store.find(GRACE)).isEmpty();
  }

  @Test
  void storesAnEmptyEnrolment() {
    FactorRegister store = register();
    transactions().inTransaction(() -> store.add(Enrolment.none(GRACE)));

    assertThat(store.find(GRACE)).contains(Enrolment.none(GRACE).withVersion(1));
  }

  @Test
  void refusesASecondFirstEnrolmentOfAHolder() {
    FactorRegister store = register();
    transactions().inTransaction(() -> store.add(Enrolment.none(ADA)));

    assertThatThrownBy(() -> transactions().inTransaction(() -> store.add(full(ADA))))
        .isInstanceOfSatisfying(Conflict.class, c -> assertThat(c.reason()).isEqualTo(KernelRefusals.STALE_VERSION));
    assertThat(store.find(ADA)).contains(Enrolment.none(ADA).withVersion(1));
  }

  @Test
  void anUpdateStoresTheNextVersionAndAStaleOneChangesNothing() {
    FactorRegister store = register();
    Enrolment first = transactions().inTransaction(() -> store.add(Enrolment.none(ADA)));
    Enrolment second = transactions().inTransaction(() -> store.update(full(ADA).withVersion(first.version())));

    assertThat(second).isEqualTo(full(ADA).withVersion(2));
    assertThatThrownBy(() -> transactions().inTransaction(() -> store.update(first.withTotp(null))))
        .isInstanceOfSatisfying(Conflict.class, c -> assertThat(c.reason()).isEqualTo(KernelRefusals.STALE_VERSION));
    assertThat(store.find(ADA)).contains(second);
    Enrolment cleared = transactions().inTransaction(() -> store.update(second.withTotp(null)
        .withRecoveryCodes(List.of()).withLockout(Lockout.NONE)));
    assertThat(store.find(ADA)).contains(cleared);
    assertThat(cleared.key()).isEmpty();
  }

  @Test
  void anUpdateOfAnEnrolmentThatIsGoneIsStale() {
    FactorRegister store = register();

    assertThatThrownBy(() -> transactions().inTransaction(() -> store.update(full(ADA).withVersion(1))))
        .isInstanceOfSatisfying(Conflict.class, c -> assertThat(c.reason()).isEqualTo(KernelRefusals.STALE_VERSION));
  }

  @Test
  void removeForgetsTheHoldersEnrolmentOnly() {
    FactorRegister store = register();
    transactions().inTransaction(() -> store.add(full(ADA)));
    transactions().inTransaction(() -> store.add(full(GRACE)));
    transactions().inTransaction(() -> {
      store.remove(ADA);
      store.remove(ADA);
      return null;
    });

    assertThat(store.find(ADA)).isEmpty();
    assertThat(store.find(GRACE)).isPresent();
  }

  @Test
  void aRolledBackWriteLeavesNothing() {
    FactorRegister store = register();
    assertThatThrownBy(() -> transactions().inTransaction(() -> {
      store.add(full(ADA));
      throw new IllegalStateException("rolled back");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(store.find(ADA)).isEmpty();
  }
}
