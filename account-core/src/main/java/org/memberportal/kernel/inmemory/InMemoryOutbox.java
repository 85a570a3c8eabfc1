/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel.inmemory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.apiguardian.api.API;
import org.memberportal.kernel.Notification;
import org.memberportal.kernel.Outbox;

/**
 * In-memory outbox, ordered by arrival, idempotent per key.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class InMemoryOutbox implements Outbox {

  private final InMemoryTransactions transactions;
  private final Map<String, Entry> entries = new LinkedHashMap<>();
  private final Set<String> claimed = ConcurrentHashMap.newKeySet();

  /**
   * Creates an empty outbox.
   *
   * @param transactions the transactions whose rollbacks undo appends
   */
  public InMemoryOutbox(InMemoryTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public synchronized void append(Notification notification, Instant now) {
    String key = notification.idempotencyKey();
    if (entries.putIfAbsent(key, new Entry(notification, 0, now, Optional.empty())) == null) {
      transactions.onRollback(() -> remove(key));
    }
  }

  private synchronized void remove(String key) {
    entries.remove(key);
  }

  @Override
  public synchronized List<Entry> claimDue(Instant now, int limit) {
    List<Entry> due = new ArrayList<>();
    for (Entry e : entries.values()) {
      if (due.size() == limit) {
        break;
      }
      String key = e.notification().idempotencyKey();
      if (e.deliveredAt().isEmpty() && !e.nextAttempt().isAfter(now) && claimed.add(key)) {
        due.add(e);
      }
    }
    return due;
  }

  @Override
  public synchronized void delivered(String idempotencyKey, Instant at) {
    entries.computeIfPresent(idempotencyKey,
        (k, e) -> new Entry(e.notification().scrubbed(), e.attempts(), e.nextAttempt(), Optional.of(at)));
    claimed.remove(idempotencyKey);
  }

  @Override
  public synchronized void failed(String idempotencyKey, Instant retryAt) {
    entries.computeIfPresent(idempotencyKey,
        (k, e) -> new Entry(e.notification(), e.attempts() + 1, retryAt, Optional.empty()));
    claimed.remove(idempotencyKey);
  }

  @Override
  public int purgeDelivered(Instant deliveredBefore) {
    return removeWhere(e -> e.deliveredAt().filter(at -> at.isBefore(deliveredBefore)).isPresent());
  }

  @Override
  public int forget(String dataSubject) {
    return removeWhere(e -> e.notification().dataSubject().filter(dataSubject::equals).isPresent());
  }

  /** Removes the matching entries; a rollback puts them back where they were in the arrival order. */
  private synchronized int removeWhere(Predicate<Entry> matching) {
    List<String> order = List.copyOf(entries.keySet());
    Map<String, Entry> removed = new LinkedHashMap<>();
    entries.values().removeIf(e -> matching.test(e) && removed.put(e.notification().idempotencyKey(), e) == null);
    if (!removed.isEmpty()) {
      transactions.onRollback(() -> restore(order, removed));
    }
    return removed.size();
  }

  private synchronized void restore(List<String> order, Map<String, Entry> removed) {
    Map<String, Entry> restored = new LinkedHashMap<>();
    for (String key : order) {
      Entry e = removed.containsKey(key) ? removed.get(key) : entries.get(key);
      if (e != null) {
        restored.put(key, e);
      }
    }
    entries.forEach(restored::putIfAbsent);
    entries.clear();
    entries.putAll(restored);
  }

  @Override
  public synchronized List<Entry> entries() {
    return List.copyOf(entries.values());
  }
}
