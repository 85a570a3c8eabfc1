/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.factor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.memberportal.account.HolderChange;
import org.memberportal.kernel.Text;

/**
 * What every browser's answer to a passkey ceremony carries, checked here once: the challenge it answers and the
 * client data it signed. {@link PasskeyAttestation} (registration) and {@link PasskeyAssertion} (authentication)
 * add their own parts.
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public interface PasskeyAnswer extends HolderChange {

  /**
   * The challenge the ceremony answers.
   *
   * @return its id, from {@link PasskeyOptions#challengeId()}
   */
  @NotNull
  @Nullable UUID challengeId();

  /**
   * The client data, Base64url.
   *
   * @return {@code clientDataJSON}
   */
  @NotBlank
  @Size(max = 4096)
  @Text
  @Nullable String clientDataJson();
}
