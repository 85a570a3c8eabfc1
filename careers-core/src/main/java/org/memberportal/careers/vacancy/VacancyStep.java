/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.vacancy;

import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Command: one step of a vacancy's workflow (publish, close, finish the competition, cancel), named by the
 * service method that takes it. The {@link #vacancy()} is the vacancy to move.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
public abstract class VacancyStep implements NamedVacancy {

  /**
   * A step on a vacancy.
   *
   * @param vacancy the vacancy
   * @return the command
   */
  public static VacancyStep of(VacancyId vacancy) {
    return builder().vacancy(vacancy).build();
  }

  /**
   * Starts the command.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link VacancyStep}. */
  public static final class Builder extends ImmutableVacancyStep.Builder {}
}
