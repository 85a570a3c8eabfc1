/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.access;

import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Command: the account holder asks for TIES access (T1).
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
public abstract class RequestTiesAccess implements NamedTiesAccount {

  /**
   * Starts the command.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RequestTiesAccess}. */
  public static final class Builder extends ImmutableRequestTiesAccess.Builder {}
}
