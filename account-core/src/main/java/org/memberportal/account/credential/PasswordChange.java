/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.credential;

import jakarta.validation.constraints.NotNull;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.memberportal.kernel.Secret;

/**
 * The part of a command that changes a password knowing the current one: the current password, and the new one
 * ({@link NewPassword}). The user accounts' and the careers accounts' commands declare them here once.
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public interface PasswordChange extends NewPassword {

  /**
   * The current password.
   *
   * @return the current password
   */
  @NotNull
  @Nullable Secret currentPassword();
}
