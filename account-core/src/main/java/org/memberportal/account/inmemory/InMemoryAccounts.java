/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.inmemory;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.memberportal.account.Account;
import org.memberportal.account.AccountRefusals;
import org.memberportal.account.AccountStatus;
import org.memberportal.account.port.Accounts;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.KernelRefusals;
import org.memberportal.kernel.NotFound;
import org.memberportal.kernel.Page;
import org.memberportal.kernel.SearchKey;
import org.memberportal.kernel.inmemory.InMemoryTransactions;

/**
 * Accounts in memory: thread-safe, with a unique index on the normalised address and version checks; every
 * write is undone if the surrounding in-memory transaction rolls back.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class InMemoryAccounts implements Accounts {

  private final InMemoryTransactions transactions;
  private final Map<AccountId, Account> byId = new HashMap<>();
  private final Map<String, AccountId> byEmail = new HashMap<>();

  /**
   * Creates an empty store.
   *
   * @param transactions the transactions whose rollbacks undo this store's writes
   */
  public InMemoryAccounts(InMemoryTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public synchronized Optional<Account> find(AccountId id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public synchronized Optional<Account> findByEmail(EmailAddress email) {
    return Optional.ofNullable(byEmail.get(email.key())).map(byId::get);
  }

  @Override
  public synchronized Page<Account> findByName(String name, int page, int size) {
    List<String> words = SearchKey.words(name);
    return Page.of(byId.values().stream()
        .filter(a -> Accounts.nameWords(a.firstName(), a.lastName()).containsAll(words))
        .sorted(Comparator.comparing((Account a) -> Accounts.nameKey(a.firstName(), a.lastName()))
            .thenComparing(a -> a.id().toString()))
        .toList(), page, size);
  }

  @Override
  public synchronized Account add(Account account) {
    if (byId.containsKey(account.id())) {
      throw new Conflict(AccountRefusals.ID_TAKEN, "account already stored");
    }
    if (byEmail.containsKey(account.email().key())) {
      throw new Conflict(AccountRefusals.EMAIL_TAKEN, "another account has this address");
    }
    Account stored = account.withStoredVersion(1);
    byId.put(stored.id(), stored);
    byEmail.put(stored.email().key(), stored.id());
    transactions.onRollback(() -> {
      synchronized (this) {
        byId.remove(stored.id());
        byEmail.remove(stored.email().key());
      }
    });
    return stored;
  }

  @Override
  public synchronized Account update(Account account) {
    Account previous = byId.get(account.id());
    if (previous == null) {
      throw new NotFound(AccountRefusals.NOT_FOUND, "no such account");
    }
    if (previous.version() != account.version()) {
      throw new Conflict(KernelRefusals.STALE_VERSION, "the account changed meanwhile");
    }
    String oldKey = previous.email().key();
    String newKey = account.email().key();
    if (!oldKey.equals(newKey) && byEmail.containsKey(newKey)) {
      throw new Conflict(AccountRefusals.EMAIL_TAKEN, "another account has this address");
    }
    Account stored = account.withStoredVersion(previous.version() + 1);
    byId.put(stored.id(), stored);
    byEmail.remove(oldKey);
    byEmail.put(newKey, stored.id());
    transactions.onRollback(() -> {
      synchronized (this) {
        byEmail.remove(newKey);
        byEmail.put(oldKey, previous.id());
        byId.put(previous.id(), previous);
      }
    });
    return stored;
  }

  @Override
  public synchronized void remove(AccountId id, long version) {
    Account previous = byId.get(id);
    if (previous == null) {
      return;
    }
    if (previous.version() != version) {
      throw new Conflict(KernelRefusals.STALE_VERSION, "the account changed meanwhile");
    }
    byId.remove(id);
    byEmail.remove(previous.email().key());
    transactions.onRollback(() -> {
      synchronized (this) {
        byId.put(id, previous);
        byEmail.put(previous.email().key(), id);
      }
    });
  }

  @Override
  public synchronized List<Account> unverifiedCreatedBefore(Instant cutoff) {
    return byId.values().stream()
        .filter(a -> a.status() == AccountStatus.AWAITING_VERIFICATION && a.createdAt().isBefore(cutoff))
        .sorted(Comparator.comparing(Account::createdAt))
        .toList();
  }

  /**
   * How many accounts are stored, for tests.
   *
   * @return the count
   */
  public synchronized int size() {
    return byId.size();
  }
}
