/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.inmemory;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apiguardian.api.API;
import org.memberportal.account.factor.PasskeyChallenge;
import org.memberportal.account.port.PasskeyChallenges;
import org.memberportal.kernel.inmemory.InMemoryTransactions;

/**
 * The open challenges in a map, undone with the transaction. Handing one out forgets those that expired before
 * it ({@link #forgetExpired}).
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public final class InMemoryPasskeyChallenges implements PasskeyChallenges {

  private final InMemoryTransactions transactions;
  private final Map<UUID, PasskeyChallenge> open = new HashMap<>();

  /**
   * No challenge yet.
   *
   * @param transactions the transactions whose rollback undoes its writes
   */
  public InMemoryPasskeyChallenges(InMemoryTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public synchronized void add(PasskeyChallenge challenge) {
    open.put(challenge.id(), challenge);
    transactions.onRollback(() -> forget(challenge.id()));
  }

  @Override
  public synchronized Optional<PasskeyChallenge> take(UUID id) {
    PasskeyChallenge taken = open.remove(id);
    if (taken != null) {
      transactions.onRollback(() -> restore(taken));
    }
    return Optional.ofNullable(taken);
  }

  @Override
  public synchronized void forgetExpired(Instant now) {
    List<PasskeyChallenge> expired = open.values().stream().filter(c -> c.expiresAt().isBefore(now)).toList();
    expired.forEach(c -> open.remove(c.id()));
    transactions.onRollback(() -> expired.forEach(this::restore));
  }

  private synchronized void restore(PasskeyChallenge challenge) {
    open.put(challenge.id(), challenge);
  }

  private synchronized void forget(UUID id) {
    open.remove(id);
  }
}
