/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.credential;

import jakarta.validation.constraints.NotNull;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.memberportal.kernel.Secret;

/**
 * The part of a sign-in command that proves who one is: an address and a password as typed. The user accounts'
 * and the careers accounts' sign-in declare their fields here once.
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public interface EnteredCredentials extends EnteredAddress {

  /**
   * The password.
   *
   * @return the password
   */
  @NotNull
  @Nullable Secret password();
}
