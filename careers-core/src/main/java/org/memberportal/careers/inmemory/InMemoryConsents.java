/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.inmemory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;
import org.memberportal.careers.port.Consents;
import org.memberportal.careers.privacy.Consent;
import org.memberportal.careers.CandidateId;
import org.memberportal.kernel.inmemory.InMemoryTransactions;

/**
 * In-memory consents, thread-safe; writes are undone when the transaction rolls back.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class InMemoryConsents implements Consents {

  private final InMemoryTransactions transactions;
  private final Map<CandidateId, List<Consent>> byCandidate = new ConcurrentHashMap<>();

  /**
   * Creates an empty store.
   *
   * @param transactions the transactions whose rollbacks undo writes
   */
  public InMemoryConsents(InMemoryTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public List<Consent> history(CandidateId candidate) {
    return byCandidate.getOrDefault(candidate, List.of());
  }

  @Override
  public synchronized void add(Consent consent) {
    List<Consent> before = history(consent.candidate());
    List<Consent> after = new ArrayList<>(before);
    after.add(consent);
    put(consent.candidate(), List.copyOf(after), before);
  }

  @Override
  public synchronized void update(Consent consent) {
    List<Consent> before = history(consent.candidate());
    List<Consent> after = before.stream()
        .map(c -> c.scope() == consent.scope() && c.givenAt().equals(consent.givenAt()) ? consent : c)
        .toList();
    put(consent.candidate(), after, before);
  }

  @Override
  public synchronized void remove(CandidateId candidate) {
    put(candidate, List.of(), history(candidate));
  }

  /**
   * Every consent held, for tests that scan what the store keeps.
   *
   * @return the consents
   */
  public List<Consent> all() {
    return byCandidate.values().stream().flatMap(List::stream).toList();
  }

  private void put(CandidateId candidate, List<Consent> after, List<Consent> before) {
    set(candidate, after);
    transactions.onRollback(() -> set(candidate, before));
  }

  private synchronized void set(CandidateId candidate, List<Consent> consents) {
    if (consents.isEmpty()) {
      byCandidate.remove(candidate);
    } else {
      byCandidate.put(candidate, consents);
    }
  }
}
