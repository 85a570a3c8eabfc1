package org.memberportal.affiliation.inmemory;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.AffiliationId;
import org.memberportal.affiliation.membership.AffiliationState;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.affiliation.port.AffiliationRegister;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.inmemory.InMemoryTransactions;

/**
 * In-memory affiliations with indexes by account, by organisation and state, and by state.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class InMemoryAffiliationRegister implements AffiliationRegister {

  private final InMemoryTransactions transactions;
  private final Map<AffiliationId, Affiliation> byId = new HashMap<>();
  private final Map<AccountId, Set<AffiliationId>> byAccount = new HashMap<>();
  private final Map<OrganisationId, Map<AffiliationState, Set<AffiliationId>>> byOrganisation = new HashMap<>();
  private final Map<AffiliationState, Set<AffiliationId>> byState = new EnumMap<>(AffiliationState.class);

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
  public synchronized Affiliation save(Affiliation affiliation) {
    Affiliation stored = byId.get(affiliation.id());
    long expected = stored == null ? 0 : stored.version();
    if (affiliation.version() != expected) {
      throw new Conflict("affiliation.version-conflict", "affiliation changed since it was read");
    }
    for (AffiliationId other : byAccount.getOrDefault(affiliation.account(), Set.of())) {
      Affiliation o = byId.get(other);
      if (other.equals(affiliation.id())) {
        continue;
      }
      if (o.state().open() && affiliation.state().open()) {
        throw new Conflict("affiliation.request-already-open", "the account has an open request");
      }
      if (o.state().current() && affiliation.state().current()) {
        throw new Conflict("affiliation.already-affiliated", "the account has a current affiliation");
      }
    }
    Affiliation next = affiliation.withVersion(expected + 1);
    put(next);
    transactions.onRollback(() -> restore(next.id(), stored));
    return next;
  }

  private synchronized void restore(AffiliationId id, Affiliation previous) {
    unindex(byId.remove(id));
    if (previous != null) {
      put(previous);
    }
  }

  private void put(Affiliation a) {
    unindex(byId.put(a.id(), a));
    byAccount.computeIfAbsent(a.account(), k -> new LinkedHashSet<>()).add(a.id());
    byOrganisation.computeIfAbsent(a.organisation(), k -> new EnumMap<>(AffiliationState.class))
        .computeIfAbsent(a.state(), k -> new LinkedHashSet<>()).add(a.id());
    byState.computeIfAbsent(a.state(), k -> new LinkedHashSet<>()).add(a.id());
  }

  private void unindex(Affiliation a) {
    if (a == null) {
      return;
    }
    Set<AffiliationId> ofAccount = byAccount.get(a.account());
    if (ofAccount != null) {
      ofAccount.remove(a.id());
    }
    Map<AffiliationState, Set<AffiliationId>> ofOrganisation = byOrganisation.get(a.organisation());
    if (ofOrganisation != null && ofOrganisation.containsKey(a.state())) {
      ofOrganisation.get(a.state()).remove(a.id());
    }
    Set<AffiliationId> inState = byState.get(a.state());
    if (inState != null) {
      inState.remove(a.id());
    }
  }

  @Override
  public synchronized List<Affiliation> ofAccount(AccountId account) {
    return byAccount.getOrDefault(account, Set.of()).stream()
        .map(byId::get)
        .sorted(Comparator.comparing(Affiliation::requestedAt).thenComparing(a -> a.id().value()).reversed())
        .toList();
  }

  @Override
  public synchronized List<Affiliation> ofOrganisation(OrganisationId organisation, Set<AffiliationState> states) {
    Map<AffiliationState, Set<AffiliationId>> ofOrganisation = byOrganisation.getOrDefault(organisation, Map.of());
    return states.stream()
        .flatMap(s -> ofOrganisation.getOrDefault(s, Set.of()).stream())
        .map(byId::get)
        .filter(Objects::nonNull)
        .sorted(Comparator.comparing(Affiliation::requestedAt).thenComparing(a -> a.id().value()))
        .toList();
  }

  @Override
  public synchronized List<Affiliation> pendingSince(Instant instant) {
    return byState.getOrDefault(AffiliationState.PENDING, Set.of()).stream()
        .map(byId::get)
        .filter(a -> a.submittedAt().filter(at -> !at.isAfter(instant)).isPresent())
        .sorted(Comparator.comparing((Affiliation a) -> a.submittedAt().orElseThrow()).thenComparing(a -> a.id().value()))
        .toList();
  }
}
