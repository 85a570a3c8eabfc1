/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.inmemory;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.kernel.inmemory.InMemoryTransactions;
import org.memberportal.ties.handover.PendingHandOver;
import org.memberportal.ties.port.PendingHandOvers;

/**
 * In-memory pending hand-overs, one per organisation, found by token hash.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class InMemoryPendingHandOvers implements PendingHandOvers {

  private final InMemoryTransactions transactions;
  private final Map<OrganisationId, PendingHandOver> byOrganisation = new HashMap<>();
  private final Map<String, OrganisationId> byHash = new HashMap<>();

  /**
   * Creates an empty store.
   *
   * @param transactions whose rollbacks undo writes
   */
  public InMemoryPendingHandOvers(InMemoryTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public synchronized void add(PendingHandOver handOver) {
    PendingHandOver previous = put(handOver.organisation(), handOver);
    transactions.onRollback(() -> restore(handOver.organisation(), previous));
  }

  @Override
  public synchronized Optional<PendingHandOver> remove(String tokenHash) {
    OrganisationId organisation = byHash.get(tokenHash);
    if (organisation == null) {
      return Optional.empty();
    }
    PendingHandOver taken = put(organisation, null);
    transactions.onRollback(() -> restore(organisation, taken));
    return Optional.ofNullable(taken);
  }

  private synchronized void restore(OrganisationId organisation, @Nullable PendingHandOver previous) {
    put(organisation, previous);
  }

  private @Nullable PendingHandOver put(OrganisationId organisation, @Nullable PendingHandOver next) {
    PendingHandOver previous = next == null
        ? byOrganisation.remove(organisation)
        : byOrganisation.put(organisation, next);
    if (previous != null) {
      byHash.remove(previous.tokenHash());
    }
    if (next != null) {
      byHash.put(next.tokenHash(), organisation);
    }
    return previous;
  }
}
