/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.application;

import jakarta.validation.constraints.NotNull;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A part of the commands that name the application: it is required, and a command without it is refused with
 * {@code careers.application.id.missing}. Declared once here for every command that implements it.
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public interface NamedApplication {

  /**
   * The application.
   *
   * @return its id
   */
  @NotNull(message = "{careers.application.id.missing}")
  @Nullable ApplicationId application();
}
