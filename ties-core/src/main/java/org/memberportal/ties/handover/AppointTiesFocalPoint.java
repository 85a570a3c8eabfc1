/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.handover;

import jakarta.validation.constraints.NotNull;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.kernel.AccountId;

/**
 * Command: the operator sets the TIES Focal Point of an organisation whose seat is vacant (T4).
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
public abstract class AppointTiesFocalPoint {

  /**
   * The organisation.
   *
   * @return its id
   */
  @NotNull(message = "{ties.organisation.required}")
  public abstract @Nullable OrganisationId organisation();

  /**
   * The account to seat; it needs an approved affiliation with the organisation, and gets TIES access if it has
   * none.
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

  /** Builds a {@link AppointTiesFocalPoint}. */
  public static final class Builder extends ImmutableAppointTiesFocalPoint.Builder {}
}
