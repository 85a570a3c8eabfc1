/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.membership;

import jakarta.validation.constraints.NotNull;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.memberportal.kernel.AccountId;

/**
 * A part of the commands that name the account: it is required, and a command without it is refused with
 * {@code affiliation.account.required}. Declared once here for every command that implements it.
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public interface NamedAccount {

  /**
   * The account.
   *
   * @return its id
   */
  @NotNull(message = "{affiliation.account.required}")
  @Nullable AccountId account();
}
