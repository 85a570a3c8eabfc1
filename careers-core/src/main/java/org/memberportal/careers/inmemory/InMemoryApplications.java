/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.inmemory;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.memberportal.careers.CareersRefusals;
import org.memberportal.careers.application.Application;
import org.memberportal.careers.application.ApplicationId;
import org.memberportal.careers.port.Applications;
import org.memberportal.careers.vacancy.VacancyId;
import org.memberportal.careers.CandidateId;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.KernelRefusals;
import org.memberportal.kernel.NotFound;
import org.memberportal.kernel.inmemory.InMemoryTransactions;

/**
 * In-memory {@link Applications}, thread-safe, indexed by candidate, by vacancy and by live (candidate, vacancy)
 * pair. Writes are undone when the command's transaction rolls back.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class InMemoryApplications implements Applications {

  private record Pair(CandidateId candidate, VacancyId vacancy) {}

  private final InMemoryTransactions transactions;
  private final Map<ApplicationId, Application> byId = new HashMap<>();
  private final Postings<CandidateId, ApplicationId> byCandidate = new Postings<>();
  private final Postings<VacancyId, ApplicationId> byVacancy = new Postings<>();
  private final Map<Pair, ApplicationId> live = new HashMap<>();

  /**
   * Creates an empty store.
   *
   * @param transactions the transactions whose rollbacks undo writes
   */
  public InMemoryApplications(InMemoryTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public synchronized Optional<Application> find(ApplicationId id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public synchronized Application add(Application a) {
    if (byId.containsKey(a.id())) {
      throw new Conflict(CareersRefusals.APPLICATION_DUPLICATE_ID, "application " + a.id() + " exists");
    }
    refuseSecondLive(a);
    Application added = a.withVersion(1);
    put(added);
    transactions.onRollback(() -> {
      synchronized (this) {
        drop(added);
      }
    });
    return added;
  }

  @Override
  public synchronized Application update(Application a) {
    Application stored = byId.get(a.id());
    if (stored == null) {
      throw new NotFound(CareersRefusals.APPLICATION_NOT_FOUND, "no application " + a.id());
    }
    if (stored.version() != a.version()) {
      throw new Conflict(KernelRefusals.STALE_VERSION, "application " + a.id() + " changed meanwhile");
    }
    drop(stored);
    try {
      refuseSecondLive(a);
    } catch (Conflict e) {
      put(stored);
      throw e;
    }
    Application updated = a.withVersion(a.version() + 1);
    put(updated);
    transactions.onRollback(() -> {
      synchronized (this) {
        drop(updated);
        put(stored);
      }
    });
    return updated;
  }

  @Override
  public synchronized void remove(ApplicationId id) {
    Application stored = byId.get(id);
    if (stored == null) {
      return;
    }
    drop(stored);
    transactions.onRollback(() -> {
      synchronized (this) {
        put(stored);
      }
    });
  }

  @Override
  public synchronized List<Application> ofCandidate(CandidateId candidate) {
    return byCandidate.get(candidate).stream().map(byId::get)
        .sorted(Comparator.comparing(Application::startedAt).reversed()).toList();
  }

  @Override
  public synchronized List<Application> ofVacancy(VacancyId vacancy) {
    return byVacancy.get(vacancy).stream().map(byId::get)
        .sorted(Comparator.comparing(Application::startedAt)).toList();
  }

  private void refuseSecondLive(Application a) {
    if (a.status().live()) {
      ApplicationId other = live.get(new Pair(a.candidate(), a.vacancy()));
      if (other != null && !other.equals(a.id())) {
        throw new Conflict(CareersRefusals.APPLICATION_ALREADY_APPLIED,
            "the candidate already applied to this vacancy");
      }
    }
  }

  private void put(Application a) {
    byId.put(a.id(), a);
    byCandidate.add(a.candidate(), a.id());
    byVacancy.add(a.vacancy(), a.id());
    if (a.status().live()) {
      live.put(new Pair(a.candidate(), a.vacancy()), a.id());
    }
  }

  private void drop(Application a) {
    byId.remove(a.id());
    byCandidate.remove(a.candidate(), a.id());
    byVacancy.remove(a.vacancy(), a.id());
    live.remove(new Pair(a.candidate(), a.vacancy()), a.id());
  }

  /**
   * Every application held, for tests that scan what the store keeps.
   *
   * @return the applications
   */
  public synchronized List<Application> all() {
    return List.copyOf(byId.values());
  }
}
