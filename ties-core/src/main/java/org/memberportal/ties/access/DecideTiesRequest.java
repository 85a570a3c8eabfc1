/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.access;

import jakarta.validation.constraints.NotNull;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.memberportal.kernel.AccountId;
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
public abstract class DecideTiesRequest implements TiesDecisionReason, SeenVersion {

  /**
   * The account whose TIES access this is about.
   *
   * @return its id
   */
  @NotNull(message = "{ties.account.required}")
  public abstract @Nullable AccountId account();

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
