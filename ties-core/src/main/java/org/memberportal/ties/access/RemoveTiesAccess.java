/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.access;

import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Command: a focal point, or the operator, removes a user's TIES access (T3, T5).
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
public abstract class RemoveTiesAccess implements NamedTiesAccount, TiesDecisionReason {

  /**
   * Starts the command.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RemoveTiesAccess}. */
  public static final class Builder extends ImmutableRemoveTiesAccess.Builder {}
}
