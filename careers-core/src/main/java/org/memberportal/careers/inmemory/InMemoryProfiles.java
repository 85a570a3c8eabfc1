/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.inmemory;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.memberportal.careers.port.Profiles;
import org.memberportal.careers.profile.ContractInterest;
import org.memberportal.careers.profile.Profile;
import org.memberportal.careers.CandidateId;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.KernelRefusals;
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
  private final Map<ContractInterest, Set<CandidateId>> byInterest = new EnumMap<>(ContractInterest.class);

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
  public synchronized Profile add(Profile profile) {
    if (byCandidate.containsKey(profile.candidate())) {
      throw new Conflict(KernelRefusals.STALE_VERSION, "the candidate's profile was stored meanwhile");
    }
    return write(profile.withVersion(1), null);
  }

  @Override
  public synchronized Profile update(Profile profile) {
    Profile previous = byCandidate.get(profile.candidate());
    if (previous == null || previous.version() != profile.version()) {
      throw new Conflict(KernelRefusals.STALE_VERSION, "the profile changed meanwhile");
    }
    return write(profile.withVersion(profile.version() + 1), previous);
  }

  private Profile write(Profile next, @Nullable Profile previous) {
    put(next);
    transactions.onRollback(() -> restore(next.candidate(), previous));
    return next;
  }

  @Override
  public synchronized boolean remove(CandidateId candidate) {
    Profile previous = byCandidate.remove(candidate);
    unindex(candidate);
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

  @Override
  public synchronized List<CandidateId> interestedIn(ContractInterest interest) {
    return List.copyOf(byInterest.getOrDefault(interest, Set.of()));
  }

  private synchronized void restore(CandidateId candidate, @Nullable Profile previous) {
    if (previous == null) {
      byCandidate.remove(candidate);
      unindex(candidate);
    } else {
      put(previous);
    }
  }

  private void put(Profile profile) {
    byCandidate.put(profile.candidate(), profile);
    unindex(profile.candidate());
    profile.contractInformation().ifPresent(c -> c.interests().forEach(
        i -> byInterest.computeIfAbsent(i, k -> new HashSet<>()).add(profile.candidate())));
  }

  private void unindex(CandidateId candidate) {
    byInterest.values().forEach(s -> s.remove(candidate));
  }
}
