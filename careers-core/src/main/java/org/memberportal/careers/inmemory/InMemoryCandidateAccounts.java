/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.inmemory;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.memberportal.careers.CareersRefusals;
import org.memberportal.careers.candidate.CandidateAccount;
import org.memberportal.careers.port.CandidateAccounts;
import org.memberportal.careers.CandidateId;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.KernelRefusals;
import org.memberportal.kernel.inmemory.InMemoryTransactions;

/**
 * In-memory careers accounts, unique by normalised address, thread-safe; writes are undone on rollback.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class InMemoryCandidateAccounts implements CandidateAccounts {

  private final InMemoryTransactions transactions;
  private final Map<CandidateId, CandidateAccount> byId = new ConcurrentHashMap<>();
  private final Map<String, CandidateId> byEmail = new ConcurrentHashMap<>();

  /**
   * Creates an empty store.
   *
   * @param transactions the transactions whose rollbacks undo writes
   */
  public InMemoryCandidateAccounts(InMemoryTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public Optional<CandidateAccount> find(CandidateId id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public Optional<CandidateAccount> findByEmail(EmailAddress email) {
    return Optional.ofNullable(byEmail.get(email.key())).map(byId::get);
  }

  @Override
  public synchronized CandidateAccount add(CandidateAccount account) {
    if (byEmail.containsKey(account.email().key()) || byId.containsKey(account.id())) {
      throw new Conflict(CareersRefusals.CANDIDATE_EMAIL_TAKEN, "a careers account has this address");
    }
    return put(account.withVersion(1), null);
  }

  @Override
  public synchronized CandidateAccount update(CandidateAccount account) {
    CandidateAccount previous = byId.get(account.id());
    if (previous == null || previous.version() != account.version()) {
      throw new Conflict(KernelRefusals.STALE_VERSION, "the careers account changed meanwhile");
    }
    CandidateId owner = byEmail.get(account.email().key());
    if (owner != null && !owner.equals(account.id())) {
      throw new Conflict(CareersRefusals.CANDIDATE_EMAIL_TAKEN, "a careers account has this address");
    }
    return put(account.withVersion(account.version() + 1), previous);
  }

  @Override
  public synchronized boolean remove(CandidateId id) {
    CandidateAccount previous = byId.remove(id);
    if (previous == null) {
      return false;
    }
    byEmail.remove(previous.email().key());
    transactions.onRollback(() -> restore(id, null, previous));
    return true;
  }

  @Override
  public List<CandidateId> inactiveSince(Instant cutoff) {
    return byId.values().stream()
        .filter(a -> a.lastActivity().isBefore(cutoff))
        .map(CandidateAccount::id)
        .sorted((x, y) -> x.value().compareTo(y.value()))
        .toList();
  }

  /**
   * Every account held, for tests that scan what the store keeps.
   *
   * @return the accounts
   */
  public List<CandidateAccount> all() {
    return List.copyOf(byId.values());
  }

  private CandidateAccount put(CandidateAccount account, @Nullable CandidateAccount previous) {
    if (previous != null) {
      byEmail.remove(previous.email().key());
    }
    byId.put(account.id(), account);
    byEmail.put(account.email().key(), account.id());
    transactions.onRollback(() -> restore(account.id(), account, previous));
    return account;
  }

  private synchronized void restore(CandidateId id, @Nullable CandidateAccount written,
      @Nullable CandidateAccount previous) {
    if (written != null) {
      byEmail.remove(written.email().key());
    }
    if (previous == null) {
      byId.remove(id);
    } else {
      byId.put(id, previous);
      byEmail.put(previous.email().key(), id);
    }
  }
}
