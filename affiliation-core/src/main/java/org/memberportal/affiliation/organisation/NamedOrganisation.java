/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.organisation;

import jakarta.validation.constraints.NotNull;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A part of the commands that name the organisation: it is required, and a command without it is refused with
 * {@code affiliation.organisation.required}. Declared once here for every command that implements it.
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public interface NamedOrganisation {

  /**
   * The organisation.
   *
   * @return its id
   */
  @NotNull(message = "{affiliation.organisation.required}")
  @Nullable OrganisationId organisation();
}
