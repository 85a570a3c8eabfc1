/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.factor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.memberportal.kernel.Text;

/**
 * The browser's answer to a registration ceremony ({@code AuthenticatorAttestationResponse}), with the name the holder gives the passkey.
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
@Value.Immutable
public abstract class PasskeyAttestation implements PasskeyAnswer, PasskeyName {

  /**
   * The attestation object, Base64url.
   *
   * @return {@code attestationObject}
   */
  @NotBlank
  @Size(max = 65536)
  @Text
  public abstract @Nullable String attestationObject();

  /**
   * Starts the command.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Never field values: they are secrets or browser data. */
  @Override
  public String toString() {
    return "PasskeyAttestation{account, challengeId, name, clientDataJson, attestationObject}";
  }

  /** Builds a {@link PasskeyAttestation}. */
  public static final class Builder extends ImmutablePasskeyAttestation.Builder {}
}
