/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.reliability;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A deep copy of what in-memory stores hold, read from their fields (every map and collection, recursively),
 * so that "a failed command changes nothing" compares the whole state and not what a query shows. Empty
 * collections count as absent: an index bucket emptied by a rollback is the same state as no bucket.
 *
 * @param parts store name to its copied fields
 */
record StoreSnapshot(Map<String, Object> parts) {

  /**
   * Copies the stores.
   *
   * @param stores store name to the in-memory adapter
   * @return the snapshot
   */
  static StoreSnapshot of(Map<String, Object> stores) {
    Map<String, Object> parts = new LinkedHashMap<>();
    stores.forEach((name, store) -> {
      synchronized (store) {
        for (Class<?> c = store.getClass(); c != Object.class; c = c.getSuperclass()) {
          for (Field f : c.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers())) {
              continue;
            }
            f.setAccessible(true);
            try {
              Object value = f.get(store);
              if (value instanceof Map<?, ?> || value instanceof Collection<?>) {
                parts.put(name + "." + f.getName(), copy(value));
              }
            } catch (IllegalAccessException e) {
              throw new AssertionError(e);
            }
          }
        }
      }
    });
    return new StoreSnapshot(parts);
  }

  /**
   * The content of every table of a PostgreSQL schema (the stores, the event log and the outbox), one digest of
   * its sorted rows per table, read in one statement.
   *
   * @param database a data source on the schema
   * @return the snapshot, one part per table ({@code table.name})
   */
  static StoreSnapshot ofTables(javax.sql.DataSource database) {
    Map<String, Object> parts = new LinkedHashMap<>();
    try (java.sql.Connection c = database.getConnection(); java.sql.Statement s = c.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (java.sql.ResultSet rows = s.executeQuery("select table_name from information_schema.tables where "
          + "table_schema = current_schema() and table_type = 'BASE TABLE' and table_name not like '%schema_history' "
          + "order by 1")) {
        while (rows.next()) {
          tables.add(rows.getString(1));
        }
      }
      String digests = String.join(" union all ", tables.stream().map(t -> "select '" + t + "', (select md5("
          + "coalesce(string_agg(x::text, E'\\n' order by x::text), '')) from " + t + " x)").toList());
      try (java.sql.ResultSet rows = s.executeQuery(digests)) {
        while (rows.next()) {
          parts.put("table." + rows.getString(1), rows.getString(2));
        }
      }
    } catch (java.sql.SQLException e) {
      throw new AssertionError(e);
    }
    return new StoreSnapshot(parts);
  }

  private static Object copy(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> out = new HashMap<>();
      synchronized (map) {
        map.forEach((k, v) -> {
          Object c = copy(v);
          if (!isEmpty(c)) {
            out.put(k, c);
          }
        });
      }
      return out;
    }
    if (value instanceof Set<?> set) {
      synchronized (set) {
        Set<Object> out = new HashSet<>();
        set.forEach(v -> out.add(copy(v)));
        return out;
      }
    }
    if (value instanceof Collection<?> list) {
      synchronized (list) {
        List<Object> out = new ArrayList<>();
        list.forEach(v -> out.add(copy(v)));
        return out;
      }
    }
    return value;
  }

  private static boolean isEmpty(Object value) {
    return value instanceof Map<?, ?> m && m.isEmpty() || value instanceof Collection<?> c && c.isEmpty();
  }

  /**
   * The parts that differ from another snapshot, for a readable failure.
   *
   * @param other the later snapshot
   * @return names of the parts that changed
   */
  List<String> differences(StoreSnapshot other) {
    List<String> out = new ArrayList<>();
    Set<String> names = new HashSet<>(parts.keySet());
    names.addAll(other.parts.keySet());
    for (String n : names) {
      if (!java.util.Objects.equals(parts.get(n), other.parts.get(n))) {
        out.add(n);
      }
    }
    out.sort(null);
    return out;
  }
}
