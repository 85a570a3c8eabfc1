/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.handover;

import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.memberportal.ties.access.NamedTiesAccount;

/**
 * Command: the operator sets the TIES Focal Point of an organisation whose seat is vacant (T4). The
 * {@link #account()} to seat needs an approved affiliation with the organisation, and gets TIES access if it has
 * none.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
public abstract class AppointTiesFocalPoint implements NamedTiesOrganisation, NamedTiesAccount {

  /**
   * Starts the command.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link AppointTiesFocalPoint}. */
  public static final class Builder extends ImmutableAppointTiesFocalPoint.Builder {}
}
