/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.focalpoint;

import jakarta.validation.constraints.NotNull;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.memberportal.affiliation.organisation.NamedOrganisation;
import org.memberportal.kernel.AccountId;

/**
 * Command: the TIES Focal Point seat of an organisation passes to a successor. The TIES module issues it from
 * inside its own confirmed hand-over command (T4), after checking its own rules.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
public abstract class HandOverTiesFocalPoint implements NamedOrganisation {

  /**
   * The new TIES Focal Point.
   *
   * @return the account
   */
  @NotNull(message = "{affiliation.account.required}")
  public abstract @Nullable AccountId successor();

  /**
   * Starts the command.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link HandOverTiesFocalPoint}. */
  public static final class Builder extends ImmutableHandOverTiesFocalPoint.Builder {}
}
