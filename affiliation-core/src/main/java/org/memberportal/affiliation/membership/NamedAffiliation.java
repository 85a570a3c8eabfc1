/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.membership;

import jakarta.validation.constraints.NotNull;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A part of the commands that name the affiliation: it is required, and a command without it is refused with
 * {@code affiliation.affiliation.required}. Declared once here for every command that implements it.
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public interface NamedAffiliation {

  /**
   * The affiliation.
   *
   * @return its id
   */
  @NotNull(message = "{affiliation.affiliation.required}")
  @Nullable AffiliationId affiliation();
}
