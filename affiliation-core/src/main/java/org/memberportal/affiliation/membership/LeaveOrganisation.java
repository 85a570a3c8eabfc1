/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.membership;

import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Command: the user ends their own affiliation.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
public abstract class LeaveOrganisation implements NamedAffiliation {

  /**
   * Starts the command.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LeaveOrganisation}. */
  public static final class Builder extends ImmutableLeaveOrganisation.Builder {}
}
