/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.inmemory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import org.apiguardian.api.API;
import org.memberportal.careers.opening.OpeningQuery;
import org.memberportal.careers.opening.Page;
import org.memberportal.careers.opening.Words;
import org.memberportal.careers.port.Vacancies;
import org.memberportal.careers.vacancy.Languages;
import org.memberportal.careers.vacancy.Vacancy;
import org.memberportal.careers.vacancy.VacancyId;
import org.memberportal.careers.vacancy.VacancyStatus;
import org.memberportal.careers.vacancy.VacancyType;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.NotFound;
import org.memberportal.kernel.inmemory.InMemoryTransactions;

/**
 * In-memory {@link Vacancies}, thread-safe, with indexes over the published vacancies (by type, grade, duty
 * station, language, word and deadline) so that a search starts from the smallest matching index instead of
 * reading every vacancy. Writes are undone when the command's transaction rolls back.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class InMemoryVacancies implements Vacancies {

  /** A published vacancy's place in the deadline index. */
  private record Deadline(Instant closesAt, String reference, VacancyId id) {}

  /** A published vacancy's place in the opening index. */
  private record Opening(Instant opensAt, VacancyId id) {}

  private static final Comparator<Deadline> BY_DEADLINE = Comparator.comparing(Deadline::closesAt)
      .thenComparing(Deadline::reference)
      .thenComparing(d -> d.id().value());

  private static final Comparator<Opening> BY_OPENING = Comparator.comparing(Opening::opensAt)
      .thenComparing(o -> o.id().value());

  private static final VacancyId FIRST = new VacancyId(new UUID(Long.MIN_VALUE, Long.MIN_VALUE));
  private static final VacancyId LAST = new VacancyId(new UUID(Long.MAX_VALUE, Long.MAX_VALUE));

  private final InMemoryTransactions transactions;
  private final Map<VacancyId, Vacancy> byId = new HashMap<>();
  private final Map<String, VacancyId> byReference = new HashMap<>();
  private final Map<VacancyType, Set<VacancyId>> byType = new HashMap<>();
  private final Map<String, Set<VacancyId>> byGrade = new HashMap<>();
  private final Map<String, Set<VacancyId>> byStation = new HashMap<>();
  private final Map<Locale, Set<VacancyId>> byLanguage = new HashMap<>();
  private final Map<String, Set<VacancyId>> byWord = new HashMap<>();
  private final NavigableSet<Deadline> byDeadline = new TreeSet<>(BY_DEADLINE);
  private final NavigableSet<Opening> byOpening = new TreeSet<>(BY_OPENING);

  /**
   * Creates an empty store.
   *
   * @param transactions the transactions whose rollbacks undo writes
   */
  public InMemoryVacancies(InMemoryTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public synchronized Optional<Vacancy> find(VacancyId id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public synchronized void insert(Vacancy vacancy) {
    if (byId.containsKey(vacancy.id())) {
      throw new Conflict("vacancy.duplicate-id", "vacancy " + vacancy.id() + " exists");
    }
    if (byReference.containsKey(referenceKey(vacancy))) {
      throw new Conflict("vacancy.duplicate-reference", "reference number taken");
    }
    put(vacancy);
    transactions.onRollback(() -> {
      synchronized (this) {
        remove(vacancy);
      }
    });
  }

  @Override
  public synchronized void update(Vacancy vacancy) {
    Vacancy stored = byId.get(vacancy.id());
    if (stored == null) {
      throw new NotFound("vacancy.not-found", "no vacancy " + vacancy.id());
    }
    if (stored.version() + 1 != vacancy.version()) {
      throw new Conflict("vacancy.concurrent-modification", "vacancy " + vacancy.id() + " changed meanwhile");
    }
    VacancyId owner = byReference.get(referenceKey(vacancy));
    if (owner != null && !owner.equals(vacancy.id())) {
      throw new Conflict("vacancy.duplicate-reference", "reference number taken");
    }
    remove(stored);
    put(vacancy);
    transactions.onRollback(() -> {
      synchronized (this) {
        remove(vacancy);
        put(stored);
      }
    });
  }

  @Override
  public synchronized List<Vacancy> publishedClosingBy(Instant deadline, int limit) {
    List<Vacancy> due = new ArrayList<>();
    for (Deadline d : byDeadline) {
      if (d.closesAt().isAfter(deadline) || due.size() >= limit) {
        break;
      }
      due.add(byId.get(d.id()));
    }
    return due;
  }

  @Override
  public synchronized Page<Vacancy> openings(OpeningQuery query, Instant now) {
    // candidates: still before their deadline (and within the "closing soon" window), from the deadline index
    NavigableSet<Deadline> window = byDeadline.tailSet(new Deadline(now, "", FIRST), true);
    Instant until = query.closingWithin().map(now::plus).orElse(Instant.MAX);
    if (query.closingWithin().isPresent()) {
      window = window.headSet(new Deadline(until, "\uffff", LAST), true);
    }
    List<Set<VacancyId>> filters = new ArrayList<>();
    if (!query.types().isEmpty()) {
      filters.add(union(byType, query.types()));
    }
    if (!query.grades().isEmpty()) {
      filters.add(union(byGrade, query.grades().stream().map(g -> g.strip().toUpperCase(Locale.ROOT)).toList()));
    }
    if (!query.dutyStations().isEmpty()) {
      filters.add(union(byStation, query.dutyStations().stream().map(s -> s.strip().toUpperCase(Locale.ROOT)).toList()));
    }
    query.language().ifPresent(l -> filters.add(byLanguage.getOrDefault(Languages.of(l), Set.of())));
    query.keywords().ifPresent(k -> Words.of(k).forEach(w -> filters.add(byWord.getOrDefault(w, Set.of()))));

    Predicate<Vacancy> openNow = v -> v.open(now);
    List<Vacancy> matches = new ArrayList<>();
    Set<VacancyId> smallest = filters.stream().min(Comparator.comparingInt(Set::size)).orElse(null);
    // a filter's index is always at most as large as the open window, whose size() would walk the tree
    if (smallest != null) {
      for (VacancyId id : smallest) {
        Vacancy v = byId.get(id);
        if (filters.stream().allMatch(f -> f.contains(id)) && openNow.test(v)
            && !v.closesAt().toInstant().isAfter(until)) {
          matches.add(v);
        }
      }
      matches.sort(Comparator.comparing((Vacancy v) -> v.closesAt().toInstant())
          .thenComparing(Vacancy::referenceNumber).thenComparing(v -> v.id().value()));
    } else if (query.closingWithin().isPresent()) {
      // only a window of deadlines: walk it in page order, keeping this page's vacancies and counting the rest
      long from = (long) query.page() * query.size();
      List<Vacancy> items = new ArrayList<>(Math.min(query.size(), 64));
      long total = 0;
      for (Deadline d : window) {
        Vacancy v = byId.get(d.id());
        if (openNow.test(v)) {
          if (total >= from && items.size() < query.size()) {
            items.add(v);
          }
          total++;
        }
      }
      return new Page<>(items, query.page(), query.size(), total);
    } else {
      // no criteria: walk the deadline index in page order only as far as this page, and count the rest
      // without walking it (see openCount)
      long from = (long) query.page() * query.size();
      List<Vacancy> items = new ArrayList<>(Math.min(query.size(), 64));
      long before = 0;
      for (Deadline d : window) {
        if (items.size() >= query.size()) {
          break;
        }
        Vacancy v = byId.get(d.id());
        if (!openNow.test(v)) {
          continue;
        }
        if (before < from) {
          before++;
        } else {
          items.add(v);
        }
      }
      return new Page<>(items, query.page(), query.size(), openCount(now));
    }
    int from = (int) Math.min((long) query.page() * query.size(), matches.size());
    int to = Math.min(from + query.size(), matches.size());
    return new Page<>(matches.subList(from, to), query.page(), query.size(), matches.size());
  }

  /**
   * How many published vacancies are open at an instant, in time that grows with the vacancies past their
   * deadline but not yet closed and those not yet opened, not with all of them: every published vacancy, less
   * those whose deadline is reached (the head of the deadline index, which the deadline job keeps short), less
   * those still before their opening (the tail of the opening index) whose deadline is not reached.
   */
  private long openCount(Instant now) {
    long open = byDeadline.size();
    for (Deadline d : byDeadline) {
      if (now.isBefore(d.closesAt())) {
        break;
      }
      open--;
    }
    for (Opening o : byOpening.tailSet(new Opening(now, LAST), false)) {
      if (!byId.get(o.id()).pastDeadline(now)) {
        open--;
      }
    }
    return open;
  }

  private static <K> Set<VacancyId> union(Map<K, Set<VacancyId>> index, Collection<K> keys) {
    if (keys.size() == 1) {
      return index.getOrDefault(keys.iterator().next(), Set.of());
    }
    Set<VacancyId> all = new HashSet<>();
    keys.forEach(k -> all.addAll(index.getOrDefault(k, Set.of())));
    return all;
  }

  private void put(Vacancy v) {
    byId.put(v.id(), v);
    byReference.put(referenceKey(v), v.id());
    if (v.status() == VacancyStatus.PUBLISHED) {
      forEachIndex(v, (index, key) -> index.computeIfAbsent(key, k -> new HashSet<>()).add(v.id()));
      byDeadline.add(deadline(v));
      byOpening.add(opening(v));
    }
  }

  private void remove(Vacancy v) {
    byId.remove(v.id());
    byReference.remove(referenceKey(v));
    forEachIndex(v, (index, key) -> {
      Set<VacancyId> ids = index.get(key);
      if (ids != null) {
        ids.remove(v.id());
        if (ids.isEmpty()) {
          index.remove(key);
        }
      }
    });
    byDeadline.remove(deadline(v));
    byOpening.remove(opening(v));
  }

  @SuppressWarnings("unchecked")
  private void forEachIndex(Vacancy v, BiConsumer<Map<Object, Set<VacancyId>>, Object> visit) {
    visit.accept((Map<Object, Set<VacancyId>>) (Map<?, ?>) byType, v.type());
    visit.accept((Map<Object, Set<VacancyId>>) (Map<?, ?>) byGrade, v.grade());
    visit.accept((Map<Object, Set<VacancyId>>) (Map<?, ?>) byStation, v.dutyStation().key());
    for (Locale l : v.texts().keySet()) {
      visit.accept((Map<Object, Set<VacancyId>>) (Map<?, ?>) byLanguage, l);
    }
    for (String w : words(v)) {
      visit.accept((Map<Object, Set<VacancyId>>) (Map<?, ?>) byWord, w);
    }
  }

  private static Set<String> words(Vacancy v) {
    Set<String> words = new HashSet<>(Words.of(v.referenceNumber()));
    v.texts().values().forEach(t -> {
      words.addAll(Words.of(t.title()));
      words.addAll(Words.of(t.body()));
    });
    return words;
  }

  private static Deadline deadline(Vacancy v) {
    return new Deadline(v.closesAt().toInstant(), v.referenceNumber(), v.id());
  }

  private static Opening opening(Vacancy v) {
    return new Opening(v.opensAt().toInstant(), v.id());
  }

  private static String referenceKey(Vacancy v) {
    return v.referenceNumber().strip().toUpperCase(Locale.ROOT);
  }
}
