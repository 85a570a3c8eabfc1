/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.credential;

import jakarta.validation.constraints.NotNull;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.memberportal.kernel.Secret;

/**
 * The part of a command that chooses a password: typed twice, then held to the {@link PasswordPolicy}. Sign-up,
 * password change and password reset, of user and candidate accounts alike, declare their password fields here
 * once.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public interface NewPassword {

  /**
   * The chosen password.
   *
   * @return the chosen password
   */
  @NotNull
  @Nullable Secret password();

  /**
   * The chosen password typed again.
   *
   * @return the chosen password typed again
   */
  @NotNull
  @Nullable Secret passwordConfirmation();
}
