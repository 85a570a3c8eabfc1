/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.inmemory;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.apiguardian.api.API;
import org.memberportal.account.factor.PasskeyChallenge;
import org.memberportal.account.port.PasskeyChallenges;
import org.memberportal.kernel.inmemory.InMemoryTransactions;
import org.memberportal.kernel.inmemory.UndoableMap;

/**
 * The open challenges in a map, undone with the transaction. Handing one out forgets those that expired before
 * it ({@link #forgetExpired}).
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public final class InMemoryPasskeyChallenges implements PasskeyChallenges {

  private final UndoableMap<UUID, PasskeyChallenge> open;

  /**
   * No challenge yet.
   *
   * @param transactions the transactions whose rollback undoes its writes
   */
  public InMemoryPasskeyChallenges(InMemoryTransactions transactions) {
    this.open = new UndoableMap<>(transactions);
  }

  @Override
  public synchronized void add(PasskeyChallenge challenge) {
    open.put(challenge.id(), challenge);
  }

  @Override
  public synchronized Optional<PasskeyChallenge> take(UUID id) {
    return Optional.ofNullable(open.remove(id));
  }

  @Override
  public synchronized void forgetExpired(Instant now) {
    open.values().stream().filter(c -> c.expiresAt().isBefore(now)).forEach(c -> open.remove(c.id()));
  }
}
