/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.access;

import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.memberportal.kernel.SeenVersion;

/**
 * Command: a focal point of the user's organisation approves or rejects a TIES request (T2), with an optional
 * reason; with the version of the TIES access the focal point saw, a decision on access that changed since is a
 * conflict.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
public abstract class DecideTiesRequest implements NamedTiesAccount, TiesDecisionReason, SeenVersion {

  /**
   * Starts the command.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DecideTiesRequest}. */
  public static final class Builder extends ImmutableDecideTiesRequest.Builder {}
}
