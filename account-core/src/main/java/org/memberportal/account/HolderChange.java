/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import jakarta.validation.constraints.NotNull;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.memberportal.kernel.AccountId;

/**
 * The part of a holder's change to their own account (A7: details, password, address) that names the account;
 * only its holder may change it.
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public interface HolderChange {

  /**
   * The account.
   *
   * @return the account
   */
  @NotNull
  @Nullable AccountId account();
}
