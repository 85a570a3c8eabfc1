/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.factor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.memberportal.kernel.Text;

/**
 * The part of a command that names a passkey for its holder, checked here once: at registration
 * ({@link PasskeyAttestation}) and at a rename ({@link PasskeyRename}). Unique among the holder's passkeys, whatever
 * the case ({@code account.passkey-taken}).
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public interface PasskeyName {

  /**
   * The holder's name for the passkey, e.g. "laptop"; the spaces around it are dropped.
   *
   * @return the name
   */
  @NotBlank
  @Size(max = 60)
  @Text
  @Nullable String name();
}
