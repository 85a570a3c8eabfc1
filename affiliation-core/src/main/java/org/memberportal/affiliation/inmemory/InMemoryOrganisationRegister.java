/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.inmemory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.memberportal.affiliation.organisation.DirectoryQuery;
import org.memberportal.affiliation.organisation.MembershipType;
import org.memberportal.affiliation.organisation.Organisation;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.affiliation.organisation.OrganisationStatus;
import org.memberportal.affiliation.port.OrganisationRegister;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.KernelRefusals;
import org.memberportal.kernel.Page;
import org.memberportal.kernel.inmemory.InMemoryTransactions;

/**
 * In-memory organisations, indexed by membership type and country (the sign-up form's filters).
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class InMemoryOrganisationRegister implements OrganisationRegister {

  private static final Comparator<Organisation> BY_NAME =
      Comparator.comparing(Organisation::nameKey).thenComparing(o -> o.id().value());

  private final InMemoryTransactions transactions;
  private final Map<OrganisationId, Organisation> byId = new LinkedHashMap<>();
  private final Map<MembershipType, Map<String, Set<OrganisationId>>> verifiedByTypeAndCountry = new HashMap<>();

  /**
   * Creates an empty register.
   *
   * @param transactions whose rollbacks undo writes
   */
  public InMemoryOrganisationRegister(InMemoryTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public synchronized Optional<Organisation> find(OrganisationId id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public synchronized Organisation add(Organisation organisation) {
    if (byId.containsKey(organisation.id())) {
      throw new Conflict(KernelRefusals.STALE_VERSION, "organisation already stored");
    }
    return write(organisation.withVersion(1), null);
  }

  @Override
  public synchronized Organisation update(Organisation organisation) {
    Organisation stored = byId.get(organisation.id());
    if (stored == null || stored.version() != organisation.version()) {
      throw new Conflict(KernelRefusals.STALE_VERSION, "organisation changed since it was read");
    }
    return write(organisation.withVersion(stored.version() + 1), stored);
  }

  private Organisation write(Organisation next, @Nullable Organisation stored) {
    put(next);
    transactions.onRollback(() -> restore(next.id(), stored));
    return next;
  }

  private synchronized void restore(OrganisationId id, @Nullable Organisation previous) {
    unindex(byId.remove(id));
    if (previous != null) {
      put(previous);
    }
  }

  private void put(Organisation o) {
    unindex(byId.put(o.id(), o));
    if (o.status() == OrganisationStatus.VERIFIED) {
      verifiedByTypeAndCountry.computeIfAbsent(o.membershipType(), t -> new HashMap<>())
          .computeIfAbsent(o.country(), c -> new TreeSet<>(Comparator.comparing(OrganisationId::value)))
          .add(o.id());
    }
  }

  private void unindex(Organisation o) {
    if (o == null) {
      return;
    }
    Map<String, Set<OrganisationId>> byCountry = verifiedByTypeAndCountry.get(o.membershipType());
    if (byCountry != null && byCountry.containsKey(o.country())) {
      byCountry.get(o.country()).remove(o.id());
      if (byCountry.get(o.country()).isEmpty()) {
        byCountry.remove(o.country());
      }
    }
  }

  @Override
  public synchronized Page<Organisation> search(DirectoryQuery query) {
    List<Organisation> found = new ArrayList<>();
    for (MembershipType type : query.membershipType().map(EnumSet::of).orElse(EnumSet.allOf(MembershipType.class))) {
      Map<String, Set<OrganisationId>> byCountry = verifiedByTypeAndCountry.getOrDefault(type, Map.of());
      for (Map.Entry<String, Set<OrganisationId>> e : byCountry.entrySet()) {
        if (query.country().map(e.getKey()::equals).orElse(true)) {
          e.getValue().stream().map(byId::get).filter(query::matches).forEach(found::add);
        }
      }
    }
    found.sort(BY_NAME);
    return Page.of(found, query.page(), query.size());
  }

  @Override
  public synchronized List<String> countries(Optional<MembershipType> type) {
    Set<String> countries = new TreeSet<>();
    for (MembershipType t : type.map(EnumSet::of).orElse(EnumSet.allOf(MembershipType.class))) {
      countries.addAll(verifiedByTypeAndCountry.getOrDefault(t, Map.of()).keySet());
    }
    return List.copyOf(countries);
  }

  @Override
  public synchronized Set<MembershipType> membershipTypes() {
    Set<MembershipType> types = EnumSet.noneOf(MembershipType.class);
    verifiedByTypeAndCountry.forEach((t, byCountry) -> {
      if (!byCountry.isEmpty()) {
        types.add(t);
      }
    });
    return types;
  }

  @Override
  public synchronized List<Organisation> inStatus(OrganisationStatus status) {
    return byId.values().stream().filter(o -> o.status() == status).toList();
  }

  @Override
  public synchronized Optional<Organisation> findByName(String nameKey, String country) {
    return verifiedByTypeAndCountry.values().stream()
        .flatMap(byCountry -> byCountry.getOrDefault(country, Set.of()).stream())
        .map(byId::get)
        .filter(o -> o.nameKey().equals(nameKey))
        .findFirst();
  }
}
