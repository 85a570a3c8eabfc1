/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.memberportal.account.Account;
import org.memberportal.account.AccountRefusals;
import org.memberportal.account.AccountStatus;
import org.memberportal.account.port.Accounts;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.KernelRefusals;
import org.memberportal.kernel.Page;
import org.memberportal.kernel.Transactions;

/**
 * The contract of the {@link Accounts} port: every implementation (in memory, PostgreSQL) extends this class.
 */
public abstract class AccountsContract {

  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

  /**
   * A fresh, empty store.
   *
   * @return the store
   */
  protected abstract Accounts accounts();

  /**
   * The transactions the store's writes join.
   *
   * @return the transactions
   */
  protected abstract Transactions transactions();

  /**
   * An account for the store.
   *
   * @param email its address
   * @param status its status
   * @param createdAt when it was created
   * @return the account
   */
  protected static Account account(String email, AccountStatus status, Instant createdAt) {
    return Account.builder()
        .id(AccountId.random())
        .email(EmailAddress.of(email))
        .firstName("Ada")
        .lastName("Lovelace")
        .language(Locale.ENGLISH)
        .newsletter(false)
        .status(status)
        .createdAt(createdAt)
        .build();
  }

  @Test
  void storesAndFindsByIdAndNormalisedEmail() {
    Accounts store = accounts();
    Account a = account("Ada@Example.org", AccountStatus.ACTIVE, T0);
    transactions().inTransaction(() -> {
      store.add(a);
      return null;
    });

    assertThat(store.find(a.id())).map(Account::id).contains(a.id());
    assertThat(store.findByEmail(EmailAddress.of(" ada@EXAMPLE.org "))).map(Account::id).contains(a.id());
  }

  @Test
  void findsSeveralAccountsInOneLookUpLeavingOutUnknownIds() {
    Accounts store = accounts();
    Account a = account("ada@example.org", AccountStatus.ACTIVE, T0);
    Account b = account("grace@example.org", AccountStatus.ACTIVE, T0);
    Account c = account("alan@example.org", AccountStatus.ACTIVE, T0);
    transactions().inTransaction(() -> {
      store.add(a);
      store.add(b);
      store.add(c);
      return null;
    });
    AccountId unknown = AccountId.random();

    assertThat(store.findAll(List.of(a.id(), c.id(), unknown, a.id())))
        .containsOnlyKeys(a.id(), c.id())
        .hasEntrySatisfying(c.id(), found -> assertThat(found.email()).isEqualTo(c.email()));
    assertThat(store.findAll(List.of())).isEmpty();
  }

  private static Account named(AccountId id, String email, String firstName, String lastName, long version) {
    return Account.builder().id(id).email(EmailAddress.of(email)).firstName(firstName).lastName(lastName)
        .language(Locale.ENGLISH).newsletter(false).status(AccountStatus.ACTIVE).createdAt(T0).version(version)
        .build();
  }

  private static Account named(String email, String firstName, String lastName) {
    return named(AccountId.random(), email, firstName, lastName, 0);
  }

  @Test
  void findsAccountsByEveryWordOfANameFoldingCaseAndAccentsOnePageAtATime() {
    Accounts store = accounts();
    Account jose = named("jose@example.org", "José", "Álvarez");
    Account josephine = named("josephine@example.org", "Joséphine", "ALVAREZ");
    Account zoe = named("zoe@example.org", "Zoë", "Alvarez");
    Account ada = named("ada@example.org", "Ada", "Lovelace");
    transactions().inTransaction(() -> {
      List.of(zoe, ada, josephine, jose).forEach(store::add);
      return null;
    });

    Page<Account> first = store.findByName(" alvárez ", 0, 2);
    Page<Account> second = store.findByName("ALVAREZ", 1, 2);

    assertThat(first.items()).extracting(Account::id).containsExactly(jose.id(), josephine.id());
    assertThat(first.total()).isEqualTo(3);
    assertThat(first.hasNext()).isTrue();
    assertThat(second.items()).extracting(Account::id).containsExactly(zoe.id());
    assertThat(store.findByName("jose alvarez", 0, 10).items()).extracting(Account::id).containsExactly(jose.id());
    assertThat(store.findByName("Alvarez Zoe", 0, 10).items()).extracting(Account::id).containsExactly(zoe.id());
    assertThat(store.findByName("alva", 0, 10).items()).isEmpty();
    assertThat(store.findByName("alvarez", 5, 10)).satisfies(p -> {
      assertThat(p.items()).isEmpty();
      assertThat(p.total()).isEqualTo(3);
    });
  }

  @Test
  void aLookUpByNameFollowsARenaming() {
    Accounts store = accounts();
    Account ada = named("ada@example.org", "Ada", "Byron");
    transactions().inTransaction(() -> {
      store.add(ada);
      return null;
    });
    Account read = store.find(ada.id()).orElseThrow();
    transactions().inTransaction(
        () -> store.update(named(ada.id(), "ada@example.org", "Ada", "Lovelace", read.version())));

    assertThat(store.findByName("byron", 0, 10).items()).isEmpty();
    assertThat(store.findByName("lovelace", 0, 10).items()).extracting(Account::id).containsExactly(ada.id());
  }

  @Test
  void refusesASecondAccountWithTheSameNormalisedEmail() {
    Accounts store = accounts();
    transactions().inTransaction(() -> {
      store.add(account("ada@example.org", AccountStatus.ACTIVE, T0));
      return null;
    });

    assertThatThrownBy(() -> transactions().inTransaction(() -> {
      store.add(account("ADA@example.org", AccountStatus.ACTIVE, T0));
      return null;
    })).isInstanceOfSatisfying(Conflict.class, c -> assertThat(c.reason()).isEqualTo(Accounts.EMAIL_TAKEN));
  }

  @Test
  void addStoresANewAccountAtVersionOne() {
    Accounts store = accounts();
    Account a = account("ada@example.org", AccountStatus.ACTIVE, T0);
    Account added = transactions().inTransaction(() -> store.add(a));

    assertThat(a.version()).isZero();
    assertThat(added.version()).isEqualTo(1);
    assertThat(store.find(a.id())).map(Account::version).contains(1L);
  }

  @Test
  void refusesASecondAccountWithTheSameIdAndKeepsTheFirst() {
    Accounts store = accounts();
    Account a = account("ada@example.org", AccountStatus.ACTIVE, T0);
    transactions().inTransaction(() -> store.add(a));
    Account sameId = named(a.id(), "grace@example.org", "Grace", "Hopper", 0);

    assertThatThrownBy(() -> transactions().inTransaction(() -> store.add(sameId)))
        .isInstanceOfSatisfying(Conflict.class, c -> assertThat(c.reason()).isEqualTo(AccountRefusals.ID_TAKEN));
    assertThat(store.find(a.id())).map(Account::email).contains(a.email());
    assertThat(store.findByEmail(sameId.email())).isEmpty();
  }

  @Test
  void anUpdateStoresTheNextVersionAndOneBasedOnAStaleVersionIsRefusedChangingNothing() {
    Accounts store = accounts();
    Account a = account("ada@example.org", AccountStatus.ACTIVE, T0);
    transactions().inTransaction(() -> store.add(a));
    Account read = store.find(a.id()).orElseThrow();
    Account first = transactions().inTransaction(() -> store.update(read));

    assertThat(first.version()).isEqualTo(read.version() + 1);
    assertThat(store.find(a.id())).map(Account::version).contains(first.version());
    Account stale = named(a.id(), "ada@example.org", "Augusta", "Lovelace", read.version());
    assertThatThrownBy(() -> transactions().inTransaction(() -> store.update(stale)))
        .isInstanceOfSatisfying(Conflict.class,
            c -> assertThat(c.reason()).isEqualTo(KernelRefusals.STALE_VERSION));
    assertThat(store.find(a.id())).hasValueSatisfying(now -> {
      assertThat(now.version()).isEqualTo(first.version());
      assertThat(now.firstName()).isEqualTo("Ada");
    });
  }

  @Test
  void aRemovalBasedOnAStaleVersionIsRefusedAndKeepsTheAccount() {
    Accounts store = accounts();
    Account a = account("ada@example.org", AccountStatus.AWAITING_VERIFICATION, T0);
    Account added = transactions().inTransaction(() -> store.add(a));
    transactions().inTransaction(() -> store.update(added));

    assertThatThrownBy(() -> transactions().inTransaction(() -> {
      store.remove(a.id(), added.version());
      return null;
    })).isInstanceOfSatisfying(Conflict.class, c -> assertThat(c.reason()).isEqualTo(KernelRefusals.STALE_VERSION));
    assertThat(store.find(a.id())).isPresent();
  }

  @Test
  void removingAnAccountFreesItsEmail() {
    Accounts store = accounts();
    Account a = account("ada@example.org", AccountStatus.AWAITING_VERIFICATION, T0);
    transactions().inTransaction(() -> {
      store.add(a);
      return null;
    });
    transactions().inTransaction(() -> {
      store.remove(a.id(), store.find(a.id()).orElseThrow().version());
      return null;
    });

    assertThat(store.find(a.id())).isEmpty();
    transactions().inTransaction(() -> {
      store.add(account("ada@example.org", AccountStatus.AWAITING_VERIFICATION, T0));
      return null;
    });
    assertThat(store.findByEmail(EmailAddress.of("ada@example.org"))).isPresent();
  }

  @Test
  void aRolledBackAddLeavesNoAccount() {
    Accounts store = accounts();
    Account a = account("ada@example.org", AccountStatus.ACTIVE, T0);
    assertThatThrownBy(() -> transactions().inTransaction(() -> {
      store.add(a);
      throw new IllegalStateException("boom");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(store.find(a.id())).isEmpty();
    assertThat(store.findByEmail(a.email())).isEmpty();
  }

  @Test
  void listsOnlyUnverifiedAccountsCreatedBeforeTheCutoff() {
    Accounts store = accounts();
    Account old = account("old@example.org", AccountStatus.AWAITING_VERIFICATION, T0);
    Account recent = account("new@example.org", AccountStatus.AWAITING_VERIFICATION, T0.plus(Duration.ofDays(3)));
    Account active = account("act@example.org", AccountStatus.ACTIVE, T0);
    transactions().inTransaction(() -> {
      store.add(old);
      store.add(recent);
      store.add(active);
      return null;
    });

    assertThat(store.unverifiedCreatedBefore(T0.plus(Duration.ofDays(1)))).extracting(Account::id)
        .containsExactly(old.id());
  }

  @Test
  void eightConcurrentAddsWithOneEmailStoreExactlyOne() throws Exception {
    Accounts store = accounts();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Boolean>> results = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      Account a = account(i % 2 == 0 ? "race@example.org" : "RACE@example.org", AccountStatus.ACTIVE, T0);
      results.add(pool.submit(() -> {
        start.await();
        try {
          transactions().inTransaction(() -> {
            store.add(a);
            return null;
          });
          return true;
        } catch (Conflict e) {
          return false;
        }
      }));
    }
    start.countDown();
    int wins = 0;
    for (Future<Boolean> f : results) {
      wins += f.get(10, TimeUnit.SECONDS) ? 1 : 0;
    }
    pool.shutdown();

    assertThat(wins).isEqualTo(1);
  }
}
