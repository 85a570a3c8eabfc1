/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.handover;

import jakarta.validation.constraints.NotNull;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.memberportal.kernel.AccountId;

/**
 * Command: the sitting TIES Focal Point or the ITU Focal Point prepares handing the TIES seat to a successor
 * (T4, first step).
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
public abstract class PrepareTiesHandOver implements NamedTiesOrganisation {

  /**
   * The account that will take the seat; it must hold active TIES access in the organisation.
   *
   * @return its id
   */
  @NotNull(message = "{ties.successor.required}")
  public abstract @Nullable AccountId successor();

  /**
   * Starts the command.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PrepareTiesHandOver}. */
  public static final class Builder extends ImmutablePrepareTiesHandOver.Builder {}
}
