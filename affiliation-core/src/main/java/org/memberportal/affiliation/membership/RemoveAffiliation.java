/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.membership;

import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Command: a focal point of the organisation, or the operator, removes an affiliation from the organisation's list.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
public abstract class RemoveAffiliation implements NamedAffiliation, DecisionReason {

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
