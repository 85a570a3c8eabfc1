/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.memberportal.account.AccountRefusals;
import org.memberportal.account.factor.Passkey;
import org.memberportal.account.factor.PasskeyId;
import org.memberportal.account.port.PasskeyRegister;
import org.memberportal.account.verification.CodeSubject;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.KernelRefusals;
import org.memberportal.kernel.Transactions;

/** The contract of the {@link PasskeyRegister} port. */
public abstract class PasskeyRegisterContract {

  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  private static final CodeSubject ADA = new CodeSubject("account:00000000-0000-0000-0000-000000000001");
  private static final CodeSubject GRACE = new CodeSubject("account:00000000-0000-0000-0000-000000000002");

  /**
   * A fresh, empty store.
   *
   * @return the store
   */
  protected abstract PasskeyRegister register();

  /**
   * The transactions the store's writes join.
   *
   * @return the transactions
   */
  protected abstract Transactions transactions();

  private static Passkey passkey(CodeSubject holder, String name, String credential, int minutes) {
    return new Passkey(new PasskeyId(UUID.nameUUIDFromBytes((holder.value() + name).getBytes(
        java.nio.charset.StandardCharsets.UTF_8))), holder, name, credential, "pQECAyYgASFYIA", 0,
        T0.plusSeconds(60L * minutes), null, 0);
  }

  private Passkey add(PasskeyRegister store, Passkey passkey) {
    return transactions().inTransaction(() -> store.add(passkey));
  }

  @Test
  void storesSeveralPasskeysAHolderFoundByIdCredentialAndHolderOldestFirst() {
    PasskeyRegister store = register();
    Passkey phone = add(store, passkey(ADA, "phone", "cred-2", 5));
    Passkey laptop = add(store, passkey(ADA, "laptop", "cred-1", 1));
    Passkey theirs = add(store, passkey(GRACE, "laptop", "cred-3", 2));

    assertThat(laptop).isEqualTo(passkey(ADA, "laptop", "cred-1", 1).withVersion(1));
    assertThat(store.find(phone.id())).contains(phone);
    assertThat(store.findByCredential("cred-3")).contains(theirs);
    assertThat(store.findByCredential("cred-9")).isEmpty();
    assertThat(store.of(ADA)).containsExactly(laptop, phone);
  }

  @Test
  void aCredentialIsRegisteredOnceAndANameOnceAHolder() {
    PasskeyRegister store = register();
    add(store, passkey(ADA, "laptop", "cred-1", 1));

    assertThatThrownBy(() -> add(store, passkey(GRACE, "phone", "cred-1", 2)))
        .isInstanceOfSatisfying(Conflict.class, c -> assertThat(c.reason()).isEqualTo(AccountRefusals.PASSKEY_TAKEN));
    assertThatThrownBy(() -> add(store, passkey(ADA, "laptop", "cred-2", 2).withVersion(0)))
        .isInstanceOfSatisfying(Conflict.class, c -> assertThat(c.reason()).isEqualTo(AccountRefusals.PASSKEY_TAKEN));
    assertThat(store.of(GRACE)).isEmpty();
  }

  @Test
  void anUpdateKeepsTheCounterAndLastUseAtTheNextVersionAndAStaleOneChangesNothing() {
    PasskeyRegister store = register();
    Passkey added = add(store, passkey(ADA, "laptop", "cred-1", 1));
    Passkey used = transactions().inTransaction(() -> store.update(added.used(7, T0.plusSeconds(3600))));

    assertThat(used.version()).isEqualTo(2);
    assertThat(store.find(added.id())).hasValueSatisfying(p -> {
      assertThat(p.signCount()).isEqualTo(7);
      assertThat(p.lastUse()).contains(T0.plusSeconds(3600));
    });
    assertThatThrownBy(() -> transactions().inTransaction(() -> store.update(added.used(9, T0))))
        .isInstanceOfSatisfying(Conflict.class, c -> assertThat(c.reason()).isEqualTo(KernelRefusals.STALE_VERSION));
    assertThat(store.find(added.id())).contains(used);
  }

  @Test
  void anUpdateStoresANewNameUnlessAnotherOfTheHoldersPasskeysHasItWhateverTheCase() {
    PasskeyRegister store = register();
    Passkey laptop = add(store, passkey(ADA, "laptop", "cred-1", 1));
    Passkey phone = add(store, passkey(ADA, "phone", "cred-2", 2));
    add(store, passkey(GRACE, "work laptop", "cred-3", 3));
    Passkey renamed = transactions().inTransaction(() -> store.update(laptop.renamed("work laptop")));

    assertThat(renamed.version()).isEqualTo(2);
    assertThat(store.find(laptop.id())).contains(laptop.renamed("work laptop").withVersion(2));
    assertThat(transactions().inTransaction(() -> store.update(renamed.renamed("Work Laptop"))).name())
        .as("its own name in another case").isEqualTo("Work Laptop");
    assertThatThrownBy(() -> transactions().inTransaction(() -> store.update(phone.renamed("WORK LAPTOP"))))
        .isInstanceOfSatisfying(Conflict.class, c -> assertThat(c.reason()).isEqualTo(AccountRefusals.PASSKEY_TAKEN));
    assertThat(store.find(phone.id())).contains(phone);
  }

  @Test
  void removeTakesOnePasskeyAndAnUpdateOfARemovedOneIsStale() {
    PasskeyRegister store = register();
    Passkey laptop = add(store, passkey(ADA, "laptop", "cred-1", 1));
    Passkey phone = add(store, passkey(ADA, "phone", "cred-2", 2));
    transactions().inTransaction(() -> {
      store.remove(laptop.id());
      store.remove(laptop.id());
      return null;
    });

    assertThat(store.of(ADA)).containsExactly(phone);
    assertThat(store.findByCredential("cred-1")).isEmpty();
    assertThatThrownBy(() -> transactions().inTransaction(() -> store.update(laptop)))
        .isInstanceOfSatisfying(Conflict.class, c -> assertThat(c.reason()).isEqualTo(KernelRefusals.STALE_VERSION));
  }
}
