/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel.inmemory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An in-memory store's entries, whose writes the transaction open on the thread undoes when it rolls back: each
 * {@link #put} and {@link #remove} registers how to put the entry back as it was (with no transaction open, a write
 * simply stands). Thread-safe; in the order the keys were first put.
 *
 * @param <K> the key
 * @param <V> the stored value
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public final class UndoableMap<K, V> {

  private final InMemoryTransactions transactions;
  private final Map<K, V> entries = new LinkedHashMap<>();

  /**
   * No entry yet.
   *
   * @param transactions the transactions whose rollback undoes the writes
   */
  public UndoableMap(InMemoryTransactions transactions) {
    this.transactions = transactions;
  }

  /**
   * The value stored under a key.
   *
   * @param key the key
   * @return the value, or null when there is none
   */
  public synchronized @Nullable V get(K key) {
    return entries.get(key);
  }

  /**
   * Whether a value is stored under a key.
   *
   * @param key the key
   * @return true when there is one
   */
  public synchronized boolean containsKey(K key) {
    return entries.containsKey(key);
  }

  /**
   * The values stored now, a copy.
   *
   * @return the values
   */
  public synchronized List<V> values() {
    return List.copyOf(entries.values());
  }

  /**
   * Stores a value under a key, in place of any before it, until a rollback.
   *
   * @param key the key
   * @param value the value
   * @return the value
   */
  public synchronized V put(K key, V value) {
    V previous = entries.put(key, value);
    transactions.onRollback(() -> restore(key, previous));
    return value;
  }

  /**
   * Removes the value under a key, until a rollback.
   *
   * @param key the key
   * @return the value removed, or null when there was none
   */
  public synchronized @Nullable V remove(K key) {
    V previous = entries.remove(key);
    if (previous != null) {
      transactions.onRollback(() -> restore(key, previous));
    }
    return previous;
  }

  private synchronized void restore(K key, @Nullable V previous) {
    if (previous == null) {
      entries.remove(key);
    } else {
      entries.put(key, previous);
    }
  }
}
