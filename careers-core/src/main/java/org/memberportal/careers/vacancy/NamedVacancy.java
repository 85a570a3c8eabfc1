/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.vacancy;

import jakarta.validation.constraints.NotNull;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A part of the commands that name the vacancy: it is required, and a command without it is refused with
 * {@code careers.vacancy.id.missing}. Declared once here for every command that implements it.
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public interface NamedVacancy {

  /**
   * The vacancy.
   *
   * @return its id
   */
  @NotNull(message = "{careers.vacancy.id.missing}")
  @Nullable VacancyId vacancy();
}
