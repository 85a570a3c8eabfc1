/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.alert;

import jakarta.validation.constraints.NotNull;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Command: a candidate ends one of their job alerts.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
public abstract class Unsubscribe {

  /**
   * The alert.
   *
   * @return its id
   */
  @NotNull(message = "{careers.alert.id.missing}")
  public abstract @Nullable AlertId alert();

  /**
   * Ends an alert.
   *
   * @param alert the alert
   * @return the command
   */
  public static Unsubscribe of(AlertId alert) {
    return builder().alert(alert).build();
  }

  /**
   * Starts the command.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Unsubscribe}. */
  public static final class Builder extends ImmutableUnsubscribe.Builder {}
}
