/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.inmemory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import org.apiguardian.api.API;
import org.memberportal.careers.CareersRefusals;
import org.memberportal.careers.opening.OpeningQuery;
import org.memberportal.careers.opening.Words;
import org.memberportal.careers.port.Vacancies;
import org.memberportal.careers.vacancy.Languages;
import org.memberportal.careers.vacancy.Vacancy;
import org.memberportal.careers.vacancy.VacancyId;
import org.memberportal.careers.vacancy.VacancyQuery;
import org.memberportal.careers.vacancy.VacancyStatus;
import org.memberportal.careers.vacancy.VacancyType;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.KernelRefusals;
import org.memberportal.kernel.NotFound;
import org.memberportal.kernel.Page;
import org.memberportal.kernel.StaffId;
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

  private static final Comparator<Vacancy> NEWEST_FIRST = Comparator.comparing((Vacancy v) -> v.opensAt().toInstant())
      .reversed().thenComparing(Vacancy::referenceNumber).thenComparing(v -> v.id().value());

  private static final VacancyId FIRST = new VacancyId(new UUID(Long.MIN_VALUE, Long.MIN_VALUE));
  private static final VacancyId LAST = new VacancyId(new UUID(Long.MAX_VALUE, Long.MAX_VALUE));

  private final InMemoryTransactions transactions;
  private final Map<VacancyId, Vacancy> byId = new HashMap<>();
  private final Map<String, VacancyId> byReference = new HashMap<>();
  private final Postings<VacancyType, VacancyId> byType = new Postings<>();
  private final Postings<String, VacancyId> byGrade = new Postings<>();
  private final Postings<String, VacancyId> byStation = new Postings<>();
  private final Postings<Locale, VacancyId> byLanguage = new Postings<>();
  private final Postings<String, VacancyId> byWord = new Postings<>();
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
  public synchronized Vacancy add(Vacancy vacancy) {
    if (byId.containsKey(vacancy.id())) {
      throw new Conflict(CareersRefusals.VACANCY_DUPLICATE_ID, "vacancy " + vacancy.id() + " exists");
    }
    if (byReference.containsKey(referenceKey(vacancy))) {
      throw new Conflict(CareersRefusals.VACANCY_DUPLICATE_REFERENCE, "reference number taken");
    }
    Vacancy added = vacancy.withVersion(1);
    put(added);
    transactions.onRollback(() -> {
      synchronized (this) {
        remove(added);
      }
    });
    return added;
  }

  @Override
  public synchronized Vacancy update(Vacancy vacancy) {
    Vacancy stored = byId.get(vacancy.id());
    if (stored == null) {
      throw new NotFound(CareersRefusals.VACANCY_NOT_FOUND, "no vacancy " + vacancy.id());
    }
    if (stored.version() != vacancy.version()) {
      throw new Conflict(KernelRefusals.STALE_VERSION, "vacancy " + vacancy.id() + " changed meanwhile");
    }
    VacancyId owner = byReference.get(referenceKey(vacancy));
    if (owner != null && !owner.equals(vacancy.id())) {
      throw new Conflict(CareersRefusals.VACANCY_DUPLICATE_REFERENCE, "reference number taken");
    }
    Vacancy updated = vacancy.withVersion(vacancy.version() + 1);
    remove(stored);
    put(updated);
    transactions.onRollback(() -> {
      synchronized (this) {
        remove(updated);
        put(stored);
      }
    });
    return updated;
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
    NavigableSet<Deadline> deadlines = byDeadline.tailSet(new Deadline(now, "", FIRST), true);
    Instant until = query.closingWithin().map(now::plus).orElse(Instant.MAX);
    if (query.closingWithin().isPresent()) {
      deadlines = deadlines.headSet(new Deadline(until, "\uffff", LAST), true);
    }
    List<Set<VacancyId>> filters = new ArrayList<>();
    if (!query.types().isEmpty()) {
      filters.add(byType.union(query.types()));
    }
    if (!query.grades().isEmpty()) {
      filters.add(byGrade.union(query.grades().stream().map(InMemoryVacancies::key).toList()));
    }
    if (!query.dutyStations().isEmpty()) {
      filters.add(byStation.union(query.dutyStations().stream().map(InMemoryVacancies::key).toList()));
    }
    query.language().ifPresent(l -> filters.add(byLanguage.get(Languages.of(l))));
    query.keywords().ifPresent(k -> Words.of(k).forEach(w -> filters.add(byWord.get(w))));

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
      int from = (int) Math.min((long) query.page() * query.size(), matches.size());
      int to = Math.min(from + query.size(), matches.size());
      return new Page<>(matches.subList(from, to), query.page(), query.size(), matches.size());
    }
    // no criteria but a window of deadlines, or none: walk the window in page order, keeping this page's
    // vacancies; count the rest of a window by walking it, and without one count without walking (openCount)
    boolean window = query.closingWithin().isPresent();
    long from = (long) query.page() * query.size();
    List<Vacancy> items = new ArrayList<>(Math.min(query.size(), 64));
    long open = 0;
    for (Deadline d : deadlines) {
      if (!window && items.size() >= query.size()) {
        break;
      }
      Vacancy v = byId.get(d.id());
      if (openNow.test(v)) {
        if (open >= from && items.size() < query.size()) {
          items.add(v);
        }
        open++;
      }
    }
    return new Page<>(items, query.page(), query.size(), window ? open : openCount(now));
  }

  @Override
  public synchronized Page<Vacancy> draftedBy(StaffId recruiter, VacancyQuery query) {
    List<Vacancy> theirs = byId.values().stream().filter(v -> v.draftedBy().equals(recruiter))
        .filter(v -> query.statuses().isEmpty() || query.statuses().contains(v.status()))
        .sorted(NEWEST_FIRST).toList();
    return Page.of(theirs, query.page(), query.size());
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

  private void put(Vacancy v) {
    byId.put(v.id(), v);
    byReference.put(referenceKey(v), v.id());
    if (v.status() == VacancyStatus.PUBLISHED) {
      index(v, true);
    }
  }

  private void remove(Vacancy v) {
    byId.remove(v.id());
    byReference.remove(referenceKey(v));
    index(v, false);
  }

  /** Files a published vacancy under each value a search finds it by, or takes it out. */
  private void index(Vacancy v, boolean file) {
    file(byType, v.type(), v.id(), file);
    file(byGrade, v.grade(), v.id(), file);
    file(byStation, v.dutyStation().key(), v.id(), file);
    v.texts().keySet().forEach(l -> file(byLanguage, l, v.id(), file));
    Words.of(v).forEach(w -> file(byWord, w, v.id(), file));
    if (file) {
      byDeadline.add(deadline(v));
      byOpening.add(opening(v));
    } else {
      byDeadline.remove(deadline(v));
      byOpening.remove(opening(v));
    }
  }

  private static <K> void file(Postings<K, VacancyId> index, K key, VacancyId id, boolean file) {
    if (file) {
      index.add(key, id);
    } else {
      index.remove(key, id);
    }
  }

  private static Deadline deadline(Vacancy v) {
    return new Deadline(v.closesAt().toInstant(), v.referenceNumber(), v.id());
  }

  private static Opening opening(Vacancy v) {
    return new Opening(v.opensAt().toInstant(), v.id());
  }

  private static String referenceKey(Vacancy v) {
    return key(v.referenceNumber());
  }

  /** References, grades and duty station codes compare stripped and upper case. */
  private static String key(String typed) {
    return typed.strip().toUpperCase(Locale.ROOT);
  }
}
