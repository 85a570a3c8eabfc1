/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.handover;

import jakarta.validation.constraints.NotNull;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.memberportal.kernel.Secret;

/**
 * Command: the focal point who prepared a TIES hand-over confirms it with its single-use token (T4, second step).
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
public abstract class ConfirmTiesHandOver {

  /**
   * The confirmation token returned by the preparation.
   *
   * @return the token
   */
  @NotNull(message = "{ties.token.required}")
  public abstract @Nullable Secret token();

  /**
   * Starts the command.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ConfirmTiesHandOver}. */
  public static final class Builder extends ImmutableConfirmTiesHandOver.Builder {}
}
