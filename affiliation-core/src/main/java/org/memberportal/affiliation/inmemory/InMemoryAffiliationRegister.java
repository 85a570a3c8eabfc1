/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.inmemory;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.AffiliationId;
import org.memberportal.affiliation.membership.AffiliationState;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.affiliation.port.AffiliationRegister;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.KernelRefusals;
import org.memberportal.kernel.inmemory.InMemoryTransactions;

/**
 * In-memory affiliations: a map by id, with two indexes kept by every write, the ids of each account's
 * affiliations and the ids of each organisation's affiliations by state (which also finds the pending requests
 * the reminders read). A rolled-back transaction puts back what it overwrote.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class InMemoryAffiliationRegister implements AffiliationRegister {

  private static final Comparator<Affiliation> NEWEST_FIRST =
      Comparator.comparing(Affiliation::requestedAt).thenComparing(a -> a.id().value()).reversed();
  private static final Comparator<Affiliation> OLDEST_FIRST =
      Comparator.comparing(Affiliation::requestedAt).thenComparing(a -> a.id().value());

  private final InMemoryTransactions transactions;
  private final Map<AffiliationId, Affiliation> byId = new HashMap<>();
  private final Map<AccountId, Set<AffiliationId>> byAccount = new HashMap<>();
  private final Map<OrganisationId, Map<AffiliationState, Set<AffiliationId>>> byOrganisation = new HashMap<>();

  /**
   * Creates an empty register.
   *
   * @param transactions whose rollbacks undo writes
   */
  public InMemoryAffiliationRegister(InMemoryTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public synchronized Optional<Affiliation> find(AffiliationId id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public synchronized Affiliation add(Affiliation affiliation) {
    if (byId.containsKey(affiliation.id())) {
      throw new Conflict(KernelRefusals.STALE_VERSION, "affiliation already stored");
    }
    return write(affiliation.withVersion(1), null);
  }

  @Override
  public synchronized Affiliation update(Affiliation affiliation) {
    Affiliation stored = byId.get(affiliation.id());
    if (stored == null || stored.version() != affiliation.version()) {
      throw new Conflict(KernelRefusals.STALE_VERSION, "affiliation changed since it was read");
    }
    return write(affiliation.withVersion(stored.version() + 1), stored);
  }

  private Affiliation write(Affiliation next, @Nullable Affiliation stored) {
    for (AffiliationId other : byAccount.getOrDefault(next.account(), Set.of())) {
      next.refuseClashWith(byId.get(other));
    }
    put(next);
    transactions.onRollback(() -> restore(next.id(), stored));
    return next;
  }

  private synchronized void restore(AffiliationId id, @Nullable Affiliation previous) {
    unindex(byId.remove(id));
    if (previous != null) {
      put(previous);
    }
  }

  private void put(Affiliation a) {
    unindex(byId.put(a.id(), a));
    byAccount.computeIfAbsent(a.account(), k -> new HashSet<>()).add(a.id());
    byOrganisation.computeIfAbsent(a.organisation(), k -> new EnumMap<>(AffiliationState.class))
        .computeIfAbsent(a.state(), k -> new HashSet<>()).add(a.id());
  }

  private void unindex(Affiliation a) {
    if (a == null) {
      return;
    }
    Set<AffiliationId> ofAccount = byAccount.get(a.account());
    ofAccount.remove(a.id());
    if (ofAccount.isEmpty()) {
      byAccount.remove(a.account());
    }
    byOrganisation.get(a.organisation()).get(a.state()).remove(a.id());
  }

  @Override
  public synchronized List<Affiliation> ofAccount(AccountId account) {
    return byAccount.getOrDefault(account, Set.of()).stream().map(byId::get).sorted(NEWEST_FIRST).toList();
  }

  @Override
  public synchronized List<Affiliation> ofOrganisation(OrganisationId organisation, Set<AffiliationState> states) {
    Map<AffiliationState, Set<AffiliationId>> ofOrganisation = byOrganisation.getOrDefault(organisation, Map.of());
    return states.stream()
        .flatMap(s -> ofOrganisation.getOrDefault(s, Set.of()).stream())
        .map(byId::get)
        .sorted(OLDEST_FIRST)
        .toList();
  }

  @Override
  public synchronized List<Affiliation> pendingSince(Instant instant) {
    return byOrganisation.values().stream()
        .flatMap(o -> o.getOrDefault(AffiliationState.PENDING, Set.of()).stream())
        .map(byId::get)
        .filter(a -> a.submittedAt().filter(at -> !at.isAfter(instant)).isPresent())
        .sorted(Comparator.comparing((Affiliation a) -> a.submittedAt().orElseThrow()).thenComparing(a -> a.id().value()))
        .toList();
  }
}
