/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.inmemory;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.memberportal.affiliation.focalpoint.FocalPointSeats;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.affiliation.port.FocalPointRegister;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.KernelRefusals;
import org.memberportal.kernel.inmemory.InMemoryTransactions;

/**
 * In-memory focal point seats, indexed by holder.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class InMemoryFocalPointRegister implements FocalPointRegister {

  private final InMemoryTransactions transactions;
  private final Map<OrganisationId, FocalPointSeats> byOrganisation = new HashMap<>();
  private final Map<AccountId, Set<OrganisationId>> byHolder = new HashMap<>();

  /**
   * Creates an empty register.
   *
   * @param transactions whose rollbacks undo writes
   */
  public InMemoryFocalPointRegister(InMemoryTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public synchronized Optional<FocalPointSeats> find(OrganisationId organisation) {
    return Optional.ofNullable(byOrganisation.get(organisation));
  }

  @Override
  public synchronized FocalPointSeats add(FocalPointSeats seats) {
    if (byOrganisation.containsKey(seats.organisation())) {
      throw new Conflict(KernelRefusals.STALE_VERSION, "focal points stored since they were read");
    }
    return write(seats.withVersion(1), null);
  }

  @Override
  public synchronized FocalPointSeats update(FocalPointSeats seats) {
    FocalPointSeats stored = byOrganisation.get(seats.organisation());
    if (stored == null || stored.version() != seats.version()) {
      throw new Conflict(KernelRefusals.STALE_VERSION, "focal points changed since they were read");
    }
    return write(seats.withVersion(stored.version() + 1), stored);
  }

  private FocalPointSeats write(FocalPointSeats next, @Nullable FocalPointSeats stored) {
    put(next);
    transactions.onRollback(() -> restore(next.organisation(), stored));
    return next;
  }

  private synchronized void restore(OrganisationId organisation, @Nullable FocalPointSeats previous) {
    unindex(byOrganisation.remove(organisation));
    if (previous != null) {
      put(previous);
    }
  }

  private void put(FocalPointSeats seats) {
    unindex(byOrganisation.put(seats.organisation(), seats));
    seats.itu().ifPresent(a -> byHolder.computeIfAbsent(a, k -> new LinkedHashSet<>()).add(seats.organisation()));
    seats.ties().ifPresent(a -> byHolder.computeIfAbsent(a, k -> new LinkedHashSet<>()).add(seats.organisation()));
  }

  private void unindex(FocalPointSeats seats) {
    if (seats == null) {
      return;
    }
    seats.itu().ifPresent(a -> byHolder.getOrDefault(a, new LinkedHashSet<>()).remove(seats.organisation()));
    seats.ties().ifPresent(a -> byHolder.getOrDefault(a, new LinkedHashSet<>()).remove(seats.organisation()));
  }

  @Override
  public synchronized List<FocalPointSeats> heldBy(AccountId account) {
    return byHolder.getOrDefault(account, Set.of()).stream().map(byOrganisation::get).toList();
  }
}
