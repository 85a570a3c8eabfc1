/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.port;

import java.util.Optional;
import org.apiguardian.api.API;
import org.memberportal.ties.handover.PendingHandOver;

/**
 * Port: prepared TIES focal point hand-overs waiting for confirmation, found by the hash of their token (the
 * token itself is never stored). An organisation has at most one: preparing again replaces it.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public interface PendingHandOvers {

  /**
   * Stores a prepared hand-over; the organisation's earlier pending one, if any, is dropped (an organisation has at
   * most one, the latest prepared).
   *
   * @param handOver the prepared hand-over
   */
  void add(PendingHandOver handOver);

  /**
   * Removes and returns the hand-over with this token hash, so that a token is used once.
   *
   * @param tokenHash the hash of the token
   * @return the hand-over, or empty when none (never prepared, replaced or already used)
   */
  Optional<PendingHandOver> remove(String tokenHash);
}
