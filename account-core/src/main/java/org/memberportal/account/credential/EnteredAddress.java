/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.credential;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.memberportal.kernel.ValidEmail;

/**
 * The part of a command that names an account by its address, as typed: sign-in, the redemption of a code, a
 * request for a code, a new account. One reading of an address for all of them ({@link ValidEmail}).
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public interface EnteredAddress {

  /**
   * The address as typed.
   *
   * @return the address as typed
   */
  @ValidEmail
  @Nullable String email();
}
