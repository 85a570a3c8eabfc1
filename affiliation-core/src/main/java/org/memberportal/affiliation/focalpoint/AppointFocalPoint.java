/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.focalpoint;

import jakarta.validation.constraints.NotNull;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.kernel.AccountId;

/**
 * Command: the operator appoints an organisation's ITU Focal Point (set or change), or its TIES Focal Point
 * where there is none.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
public abstract class AppointFocalPoint {

  /**
   * The organisation.
   *
   * @return its id
   */
  @NotNull(message = "{affiliation.organisation.required}")
  public abstract @Nullable OrganisationId organisation();

  /**
   * The seat.
   *
   * @return ITU or TIES
   */
  @NotNull(message = "{affiliation.seat.required}")
  public abstract @Nullable FocalPointRole seat();

  /**
   * The account to seat.
   *
   * @return the account
   */
  @NotNull(message = "{affiliation.account.required}")
  public abstract @Nullable AccountId account();

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
