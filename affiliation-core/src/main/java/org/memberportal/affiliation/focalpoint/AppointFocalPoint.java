/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.focalpoint;

import jakarta.validation.constraints.NotNull;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.memberportal.affiliation.membership.NamedAccount;
import org.memberportal.affiliation.organisation.NamedOrganisation;

/**
 * Command: the operator appoints an organisation's ITU Focal Point (set or change), or its TIES Focal Point
 * where there is none. The {@link #account()} is the account to seat.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
public abstract class AppointFocalPoint implements NamedOrganisation, NamedAccount {

  /**
   * The seat.
   *
   * @return ITU or TIES
   */
  @NotNull(message = "{affiliation.seat.required}")
  public abstract @Nullable FocalPointRole seat();

  /**
   * Starts the command.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AppointFocalPoint}. */
  public static final class Builder extends ImmutableAppointFocalPoint.Builder {}
}
