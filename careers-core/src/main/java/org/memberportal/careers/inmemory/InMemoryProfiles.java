package org.memberportal.careers.inmemory;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;
import org.memberportal.careers.port.Profiles;
import org.memberportal.careers.profile.Profile;
import org.memberportal.kernel.CandidateId;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.inmemory.InMemoryTransactions;

/**
 * In-memory profiles, thread-safe; writes are undone when the transaction rolls back.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class InMemoryProfiles implements Profiles {

  private final InMemoryTransactions transactions;
  private final Map<CandidateId, Profile> byCandidate = new ConcurrentHashMap<>();

  /**
   * Creates an empty store.
   *
   * @param transactions the transactions whose rollbacks undo writes
   */
  public InMemoryProfiles(InMemoryTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public Optional<Profile> find(CandidateId candidate) {
    return Optional.ofNullable(byCandidate.get(candidate));
  }

  @Override
  public synchronized void save(Profile profile, long expectedVersion) {
    Profile previous = byCandidate.get(profile.candidate());
    long stored = previous == null ? 0 : previous.version();
    if (stored != expectedVersion || profile.version() <= expectedVersion) {
      throw new Conflict("profile.stale-version", "stored version " + stored + ", expected " + expectedVersion);
    }
    byCandidate.put(profile.candidate(), profile);
    transactions.onRollback(() -> restore(profile.candidate(), previous));
  }

  @Override
  public synchronized boolean delete(CandidateId candidate) {
    Profile previous = byCandidate.remove(candidate);
    if (previous != null) {
      transactions.onRollback(() -> restore(candidate, previous));
    }
    return previous != null;
  }

  @Override
  public List<CandidateId> inactiveSince(Instant cutoff) {
    return byCandidate.values().stream()
        .filter(p -> p.lastActivity().isBefore(cutoff))
        .map(Profile::candidate)
        .sorted((a, b) -> a.value().compareTo(b.value()))
        .toList();
  }

  /**
   * Every profile held, for tests that scan what the store keeps.
   *
   * @return the profiles
   */
  public List<Profile> all() {
    return List.copyOf(byCandidate.values());
  }

  private synchronized void restore(CandidateId candidate, Profile previous) {
    if (previous == null) {
      byCandidate.remove(candidate);
    } else {
      byCandidate.put(candidate, previous);
    }
  }
}
