/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.membership;

import jakarta.validation.constraints.NotNull;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Command: a focal point of the organisation, or the operator, removes an affiliation from the organisation's list.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
public abstract class RemoveAffiliation implements DecisionReason {

  /**
   * The affiliation.
   *
   * @return its id
   */
  @NotNull(message = "{affiliation.affiliation.required}")
  public abstract @Nullable AffiliationId affiliation();

  /**
   * Starts the command.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RemoveAffiliation}. */
  public static final class Builder extends ImmutableRemoveAffiliation.Builder {}
}
