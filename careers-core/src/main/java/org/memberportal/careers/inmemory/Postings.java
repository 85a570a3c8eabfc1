/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.inmemory;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * An index of the in-memory stores: for each key, the ids filed under it, in the order they were filed; a key
 * whose last id goes is forgotten, so the index holds only what the store holds. Not thread-safe: the stores
 * guard it with their own lock.
 *
 * @param <K> the key (a type, a grade, a candidate...)
 * @param <I> the id filed
 */
final class Postings<K, I> {

  private final Map<K, Set<I>> byKey = new HashMap<>();

  /** Files an id under a key. */
  void add(K key, I id) {
    byKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(id);
  }

  /** Takes an id from under a key, forgetting the key once nothing is filed under it. */
  void remove(K key, I id) {
    Set<I> ids = byKey.get(key);
    if (ids != null) {
      ids.remove(id);
      if (ids.isEmpty()) {
        byKey.remove(key);
      }
    }
  }

  /** The ids filed under a key (a live view, not a copy; empty for an unknown key). */
  Set<I> get(K key) {
    return byKey.getOrDefault(key, Set.of());
  }

  /** The ids filed under any of the keys (the one set itself for a single key, not a copy). */
  Set<I> union(Collection<? extends K> keys) {
    if (keys.size() == 1) {
      return get(keys.iterator().next());
    }
    Set<I> all = new HashSet<>();
    keys.forEach(k -> all.addAll(get(k)));
    return all;
  }
}
