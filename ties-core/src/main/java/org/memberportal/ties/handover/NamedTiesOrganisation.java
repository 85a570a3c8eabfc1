/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.handover;

import jakarta.validation.constraints.NotNull;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.memberportal.affiliation.organisation.OrganisationId;

/**
 * A part of the commands that name the organisation: it is required, and a command without it is refused with
 * {@code ties.organisation.required}. Declared once here for every command that implements it.
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public interface NamedTiesOrganisation {

  /**
   * The organisation.
   *
   * @return its id
   */
  @NotNull(message = "{ties.organisation.required}")
  @Nullable OrganisationId organisation();
}
