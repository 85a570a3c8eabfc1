/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.credential;

import jakarta.validation.constraints.NotNull;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.memberportal.kernel.Secret;

/**
 * The part of a command that re-authenticates the holder before a change of password or of address: the current
 * password.
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public interface CurrentPassword {

  /**
   * The current password, re-authenticating the holder.
   *
   * @return the current password
   */
  @NotNull
  @Nullable Secret currentPassword();
}
