/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.inmemory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.KernelRefusals;
import org.memberportal.kernel.inmemory.InMemoryTransactions;
import org.memberportal.ties.access.TiesAccount;
import org.memberportal.ties.access.TiesState;
import org.memberportal.ties.port.TiesAccountRegister;

/**
 * In-memory TIES access in a concurrent map: writes take the register's lock, and {@link #isActive} reads the
 * map without it (no second index of active accounts, which would cost memory for every account).
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class InMemoryTiesAccountRegister implements TiesAccountRegister {

  private final InMemoryTransactions transactions;
  private final Map<AccountId, TiesAccount> byAccount = new ConcurrentHashMap<>();

  /**
   * Creates an empty register.
   *
   * @param transactions whose rollbacks undo writes
   */
  public InMemoryTiesAccountRegister(InMemoryTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public synchronized Optional<TiesAccount> find(AccountId account) {
    return Optional.ofNullable(byAccount.get(account));
  }

  @Override
  public synchronized TiesAccount add(TiesAccount tiesAccount) {
    if (byAccount.containsKey(tiesAccount.account())) {
      throw new Conflict(KernelRefusals.STALE_VERSION, "the TIES access was stored since it was read");
    }
    return write(tiesAccount.withVersion(1), null);
  }

  @Override
  public synchronized TiesAccount update(TiesAccount tiesAccount) {
    TiesAccount stored = byAccount.get(tiesAccount.account());
    if (stored == null || stored.version() != tiesAccount.version()) {
      throw new Conflict(KernelRefusals.STALE_VERSION, "the TIES access changed since it was read");
    }
    return write(tiesAccount.withVersion(stored.version() + 1), stored);
  }

  private TiesAccount write(TiesAccount next, @Nullable TiesAccount stored) {
    put(next.account(), next);
    transactions.onRollback(() -> restore(next.account(), stored));
    return next;
  }

  @Override
  public boolean isActive(AccountId account) {
    TiesAccount found = byAccount.get(account);
    return found != null && found.state().active();
  }

  @Override
  public synchronized List<TiesAccount> inOrganisation(OrganisationId organisation, Set<TiesState> states) {
    // the organisation lists are short and read by focal point screens and tests, not on hot paths
    return byAccount.values().stream()
        .filter(t -> t.organisation().equals(organisation) && states.contains(t.state()))
        .toList();
  }

  private synchronized void restore(AccountId account, @Nullable TiesAccount previous) {
    put(account, previous);
  }

  private void put(AccountId account, @Nullable TiesAccount value) {
    if (value == null) {
      byAccount.remove(account);
    } else {
      byAccount.put(account, value);
    }
  }
}
