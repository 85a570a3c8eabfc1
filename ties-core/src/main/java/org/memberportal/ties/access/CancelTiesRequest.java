/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.access;

import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Command: the user withdraws their TIES request before a decision.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
public abstract class CancelTiesRequest implements NamedTiesAccount {

  /**
   * Starts the command.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CancelTiesRequest}. */
  public static final class Builder extends ImmutableCancelTiesRequest.Builder {}
}
