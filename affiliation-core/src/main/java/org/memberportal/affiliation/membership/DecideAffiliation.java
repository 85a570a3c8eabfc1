/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.membership;

import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.memberportal.kernel.SeenVersion;

/**
 * Command: a focal point approves or rejects a pending request, with an optional reason; with the version of the
 * request the focal point saw, a decision on a request that changed since fails with a conflict.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
public abstract class DecideAffiliation implements NamedAffiliation, DecisionReason, SeenVersion {

  /**
   * Starts the command.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DecideAffiliation}. */
  public static final class Builder extends ImmutableDecideAffiliation.Builder {}
}
