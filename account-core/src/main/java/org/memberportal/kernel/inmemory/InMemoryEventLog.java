/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel.inmemory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.EventLog;

/**
 * In-memory event log, indexed by subject.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class InMemoryEventLog implements EventLog {

  private final InMemoryTransactions transactions;
  private final Map<String, List<DomainEvent>> bySubject = new ConcurrentHashMap<>();

  /**
   * Creates an empty log.
   *
   * @param transactions the transactions whose rollbacks undo appends
   */
  public InMemoryEventLog(InMemoryTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void append(DomainEvent event) {
    List<DomainEvent> trail = bySubject.computeIfAbsent(event.subject(), s -> new ArrayList<>());
    synchronized (trail) {
      trail.add(event);
    }
    transactions.onRollback(() -> {
      synchronized (trail) {
        trail.remove(trail.size() - 1);
      }
    });
  }

  @Override
  public List<DomainEvent> trail(String subject) {
    List<DomainEvent> trail = bySubject.getOrDefault(subject, List.of());
    synchronized (trail) {
      return List.copyOf(trail);
    }
  }

  /**
   * Every event recorded, grouped by subject, for tests that scan what the store holds.
   *
   * @return all events
   */
  public List<DomainEvent> all() {
    List<DomainEvent> all = new ArrayList<>();
    bySubject.keySet().forEach(s -> all.addAll(trail(s)));
    return all;
  }
}
