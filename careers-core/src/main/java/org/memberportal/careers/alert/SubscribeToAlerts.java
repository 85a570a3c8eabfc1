/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.alert;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Command: a signed-in candidate subscribes to job alerts with criteria; alerts are written to the
 * careers account's address, in its language.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
public abstract class SubscribeToAlerts {

  /**
   * What vacancies to be told about.
   *
   * @return the criteria
   */
  @NotNull(message = "{careers.alert.criteria.missing}")
  @Valid
  public abstract @Nullable AlertCriteria criteria();

  /**
   * Starts the command.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SubscribeToAlerts}. */
  public static final class Builder extends ImmutableSubscribeToAlerts.Builder {}
}
