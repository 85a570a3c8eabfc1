/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The part of a decision that carries the version of the record the decider saw: a decision on a record that
 * changed since is refused ({@link KernelRefusals#STALE_VERSION}) rather than taken on what the decider did not
 * see. A screen that sends no version decides on the current record.
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public interface SeenVersion {

  /**
   * The version of the record the decider saw.
   *
   * @return the version, if the screen sends it
   */
  Optional<Long> expectedVersion();

  /**
   * Whether the decider saw another version than the stored one; never when no version was sent.
   *
   * @param stored the record's stored version
   * @return true when the decision must be refused as stale
   */
  default boolean isStale(long stored) {
    return expectedVersion().filter(seen -> seen != stored).isPresent();
  }
}
