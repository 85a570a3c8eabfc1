/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.credential;

import jakarta.validation.constraints.NotNull;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.memberportal.kernel.Secret;

/**
 * The part of a command that carries a code the person typed, required: a one-time code sent to an address
 * ({@link EnteredCode}, an address change's confirmation), an authenticator app's code or a recovery code.
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public interface TypedCode {

  /**
   * The code as typed.
   *
   * @return the code as typed
   */
  @NotNull
  @Nullable Secret code();
}
