/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.access;

import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Command: a focal point grants TIES access directly to a user affiliated with the organisation (T3).
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
public abstract class AssignTiesAccess implements NamedTiesAccount {

  /**
   * Starts the command.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link AssignTiesAccess}. */
  public static final class Builder extends ImmutableAssignTiesAccess.Builder {}
}
