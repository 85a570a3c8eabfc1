package org.memberportal.careers.inmemory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.memberportal.careers.alert.AlertCriteria;
import org.memberportal.careers.alert.AlertId;
import org.memberportal.careers.alert.JobAlert;
import org.memberportal.careers.port.AlertSubscriptions;
import org.memberportal.careers.vacancy.Languages;
import org.memberportal.careers.vacancy.Vacancy;
import org.memberportal.kernel.CandidateId;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.inmemory.InMemoryTransactions;

/**
 * In-memory {@link AlertSubscriptions}, thread-safe. Each criterion (type, grade, duty station, language) has
 * an index from value to alerts plus a set of alerts that accept any value; a vacancy's matches are the
 * intersection of one small union per criterion, checked against the keywords last.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class InMemoryAlertSubscriptions implements AlertSubscriptions {

  /** One criterion's index: value to alerts, and the alerts that accept any value. */
  private static final class Index {
    final Map<String, Set<AlertId>> byValue = new HashMap<>();
    final Set<AlertId> any = new HashSet<>();

    void add(AlertId id, Collection<String> values) {
      if (values.isEmpty()) {
        any.add(id);
      }
      values.forEach(v -> byValue.computeIfAbsent(v, k -> new HashSet<>()).add(id));
    }

    void remove(AlertId id, Collection<String> values) {
      any.remove(id);
      for (String v : values) {
        Set<AlertId> ids = byValue.get(v);
        if (ids != null) {
          ids.remove(id);
          if (ids.isEmpty()) {
            byValue.remove(v);
          }
        }
      }
    }

    Set<AlertId> accepting(Collection<String> values) {
      Set<AlertId> ids = new HashSet<>(any);
      values.forEach(v -> ids.addAll(byValue.getOrDefault(v, Set.of())));
      return ids;
    }
  }

  private final InMemoryTransactions transactions;
  private final Map<AlertId, JobAlert> byId = new LinkedHashMap<>();
  private final Map<CandidateId, Set<AlertId>> byCandidate = new HashMap<>();
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
      throw new Conflict("alert.duplicate-id", "alert " + alert.id() + " exists");
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
    return byCandidate.getOrDefault(candidate, Set.of()).stream().map(byId::get)
        // a stable sort: alerts subscribed at the same instant stay in the order they were added
        .sorted(Comparator.comparing(JobAlert::subscribedAt))
        .toList();
  }

  @Override
  public synchronized List<JobAlert> matching(Vacancy vacancy) {
    List<Set<AlertId>> accepting = List.of(
        types.accepting(List.of(vacancy.type().name())),
        grades.accepting(List.of(vacancy.grade().toUpperCase(Locale.ROOT))),
        stations.accepting(List.of(vacancy.dutyStation().key())),
        languages.accepting(vacancy.texts().keySet().stream().map(Locale::toLanguageTag).toList()));
    Set<AlertId> smallest = accepting.stream().min(Comparator.comparingInt(Set::size)).orElseThrow();
    List<JobAlert> matches = new ArrayList<>();
    for (AlertId id : smallest) {
      if (accepting.stream().allMatch(s -> s.contains(id))) {
        JobAlert alert = byId.get(id);
        // the indexes settled every criterion but the keywords; matches() checks them (and the rest again)
        if (alert.criteria().matches(vacancy)) {
          matches.add(alert);
        }
      }
    }
    return matches;
  }

  private void put(JobAlert alert) {
    byId.put(alert.id(), alert);
    byCandidate.computeIfAbsent(alert.candidate(), c -> new LinkedHashSet<>()).add(alert.id());
    AlertCriteria c = alert.criteria();
    types.add(alert.id(), c.types().stream().map(Enum::name).toList());
    grades.add(alert.id(), c.grades().stream().map(g -> g.strip().toUpperCase(Locale.ROOT)).toList());
    stations.add(alert.id(), c.dutyStations().stream().map(s -> s.strip().toUpperCase(Locale.ROOT)).toList());
    languages.add(alert.id(), c.languages().stream().map(l -> Languages.of(l).toLanguageTag()).toList());
  }

  private void drop(JobAlert alert) {
    byId.remove(alert.id());
    Set<AlertId> own = byCandidate.get(alert.candidate());
    if (own != null) {
      own.remove(alert.id());
      if (own.isEmpty()) {
        byCandidate.remove(alert.candidate());
      }
    }
    AlertCriteria c = alert.criteria();
    types.remove(alert.id(), c.types().stream().map(Enum::name).toList());
    grades.remove(alert.id(), c.grades().stream().map(g -> g.strip().toUpperCase(Locale.ROOT)).toList());
    stations.remove(alert.id(), c.dutyStations().stream().map(s -> s.strip().toUpperCase(Locale.ROOT)).toList());
    languages.remove(alert.id(), c.languages().stream().map(l -> Languages.of(l).toLanguageTag()).toList());
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
