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
 * The browser's answer to an authentication ceremony ({@code AuthenticatorAssertionResponse}).
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
@Value.Immutable
public abstract class PasskeyAssertion implements PasskeyAnswer {

  /**
   * The credential the authenticator used, Base64url.
   *
   * @return the credential id ({@code rawId})
   */
  @NotBlank
  @Size(max = 1024)
  @Text
  public abstract @Nullable String credentialId();

  /**
   * The authenticator data, Base64url.
   *
   * @return {@code authenticatorData}
   */
  @NotBlank
  @Size(max = 4096)
  @Text
  public abstract @Nullable String authenticatorData();

  /**
   * The signature, Base64url.
   *
   * @return {@code signature}
   */
  @NotBlank
  @Size(max = 1024)
  @Text
  public abstract @Nullable String signature();

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
    return "PasskeyAssertion{account, challengeId, credentialId, clientDataJson, authenticatorData, signature}";
  }

  /** Builds a {@link PasskeyAssertion}. */
  public static final class Builder extends ImmutablePasskeyAssertion.Builder {}
}
