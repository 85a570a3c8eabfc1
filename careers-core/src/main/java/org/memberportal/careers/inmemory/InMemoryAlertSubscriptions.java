/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.inmemory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.memberportal.careers.CareersRefusals;
import org.memberportal.careers.alert.AlertCriteria;
import org.memberportal.careers.alert.AlertId;
import org.memberportal.careers.alert.JobAlert;
import org.memberportal.careers.port.AlertSubscriptions;
import org.memberportal.careers.vacancy.Languages;
import org.memberportal.careers.vacancy.Vacancy;
import org.memberportal.careers.CandidateId;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.inmemory.InMemoryTransactions;

/**
 * In-memory {@link AlertSubscriptions}, thread-safe. Each criterion (type, grade, duty station, language) has
 * an index from value to alerts plus a set of alerts that accept any value; a vacancy's matches are found by
 * walking the criterion with the fewest candidates and testing the others per alert, keywords last.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class InMemoryAlertSubscriptions implements AlertSubscriptions {

  /** One criterion's index: value to alerts, and the alerts that accept any value. */
  private static final class Index {
    final Postings<String, AlertId> byValue = new Postings<>();
    final Set<AlertId> any = new HashSet<>();

    void add(AlertId id, Collection<String> values) {
      if (values.isEmpty()) {
        any.add(id);
      }
      values.forEach(v -> byValue.add(v, id));
    }

    void remove(AlertId id, Collection<String> values) {
      any.remove(id);
      values.forEach(v -> byValue.remove(v, id));
    }

    /** How many alerts at most accept one of the values: no set is copied to tell. */
    int bound(Collection<String> values) {
      int n = any.size();
      for (String v : values) {
        n += byValue.get(v).size();
      }
      return n;
    }

    /** The sets whose union holds the alerts accepting one of the values, without copying them. */
    List<Set<AlertId>> parts(Collection<String> values) {
      List<Set<AlertId>> parts = new ArrayList<>(values.size() + 1);
      parts.add(any);
      for (String v : values) {
        Set<AlertId> ids = byValue.get(v);
        if (!ids.isEmpty()) {
          parts.add(ids);
        }
      }
      return parts;
    }

    /** Whether the alert accepts one of the values. */
    boolean accepts(AlertId id, Collection<String> values) {
      return any.contains(id) || values.stream().anyMatch(v -> byValue.get(v).contains(id));
    }
  }

  private final InMemoryTransactions transactions;
  private final Map<AlertId, JobAlert> byId = new LinkedHashMap<>();
  private final Postings<CandidateId, AlertId> byCandidate = new Postings<>();
  private final Index types = new Index();
  private final Index grades = new Index();
  private final Index stations = new Index();
  private final Index languages = new Index();

  /**
   * Creates an empty store.
   *
   * @param transactions the transactions whose rollbacks undo writes
   */
  public InMemoryAlertSubscriptions(InMemoryTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public synchronized Optional<JobAlert> find(AlertId id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public synchronized void add(JobAlert alert) {
    if (byId.containsKey(alert.id())) {
      throw new Conflict(CareersRefusals.ALERT_DUPLICATE_ID, "alert " + alert.id() + " exists");
    }
    put(alert);
    transactions.onRollback(() -> {
      synchronized (this) {
        drop(alert);
      }
    });
  }

  @Override
  public synchronized void remove(AlertId id) {
    JobAlert alert = byId.get(id);
    if (alert == null) {
      return;
    }
    drop(alert);
    transactions.onRollback(() -> {
      synchronized (this) {
        put(alert);
      }
    });
  }

  @Override
  public synchronized List<JobAlert> ofCandidate(CandidateId candidate) {
    return byCandidate.get(candidate).stream().map(byId::get)
        // a stable sort: alerts subscribed at the same instant stay in the order they were added
        .sorted(Comparator.comparing(JobAlert::subscribedAt))
        .toList();
  }

  @Override
  public synchronized List<JobAlert> matching(Vacancy vacancy) {
    List<Index> indexes = List.of(types, grades, stations, languages);
    List<List<String>> values = List.of(
        List.of(vacancy.type().name()),
        List.of(vacancy.grade().toUpperCase(Locale.ROOT)),
        List.of(vacancy.dutyStation().key()),
        vacancy.texts().keySet().stream().map(Locale::toLanguageTag).toList());
    // walk the criterion with the fewest candidates and test the others per alert: copying the sets
    // (the "any" sets hold most alerts) made each publication cost as much as every alert held
    int start = 0;
    int fewest = Integer.MAX_VALUE;
    for (int i = 0; i < indexes.size(); i++) {
      int bound = indexes.get(i).bound(values.get(i));
      if (bound < fewest) {
        fewest = bound;
        start = i;
      }
    }
    List<Set<AlertId>> parts = indexes.get(start).parts(values.get(start));
    // an alert naming several of the vacancy's languages is in several parts; only then can one repeat
    Set<AlertId> seen = parts.size() > 2 ? new HashSet<>() : null;
    List<JobAlert> matches = new ArrayList<>();
    for (Set<AlertId> part : parts) {
      for (AlertId id : part) {
        if (seen != null && !seen.add(id)) {
          continue;
        }
        if (acceptedByAll(id, indexes, values, start)) {
          JobAlert alert = byId.get(id);
          // the indexes settled every criterion but the keywords; matches() checks them (and the rest again)
          if (alert.criteria().matches(vacancy)) {
            matches.add(alert);
          }
        }
      }
    }
    return matches;
  }

  private static boolean acceptedByAll(
      AlertId id, List<Index> indexes, List<List<String>> values, int skip) {
    for (int i = 0; i < indexes.size(); i++) {
      if (i != skip && !indexes.get(i).accepts(id, values.get(i))) {
        return false;
      }
    }
    return true;
  }

  private void put(JobAlert alert) {
    byId.put(alert.id(), alert);
    byCandidate.add(alert.candidate(), alert.id());
    index(alert, true);
  }

  private void drop(JobAlert alert) {
    byId.remove(alert.id());
    byCandidate.remove(alert.candidate(), alert.id());
    index(alert, false);
  }

  /** Files an alert under the values each criterion accepts, or takes it out. */
  private void index(JobAlert alert, boolean file) {
    AlertCriteria c = alert.criteria();
    List<List<String>> values = List.of(
        c.types().stream().map(Enum::name).toList(),
        c.grades().stream().map(g -> g.strip().toUpperCase(Locale.ROOT)).toList(),
        c.dutyStations().stream().map(s -> s.strip().toUpperCase(Locale.ROOT)).toList(),
        c.languages().stream().map(l -> Languages.of(l).toLanguageTag()).toList());
    List<Index> indexes = List.of(types, grades, stations, languages);
    for (int i = 0; i < indexes.size(); i++) {
      if (file) {
        indexes.get(i).add(alert.id(), values.get(i));
      } else {
        indexes.get(i).remove(alert.id(), values.get(i));
      }
    }
  }

  /**
   * Every job alert held, for tests that scan what the store keeps.
   *
   * @return the alerts
   */
  public synchronized List<JobAlert> all() {
    return List.copyOf(byId.values());
  }
}
