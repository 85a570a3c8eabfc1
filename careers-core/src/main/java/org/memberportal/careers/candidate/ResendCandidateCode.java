/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.candidate;

import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.memberportal.account.credential.EnteredAddress;
import org.memberportal.kernel.ValidEmail;

/**
 * Command: asks for a fresh verification code for the address a careers account was created with ("Didn't get
 * the code?").
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
@Value.Immutable
public abstract class ResendCandidateCode implements EnteredAddress {

  // declared again so that the generated builder sees it as optional (type-use annotations of another module's
  // interface are not visible to the annotation processor)
  @Override
  @ValidEmail
  public abstract @Nullable String email();

  /**
   * Starts the command.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Never the address: it is personal data. */
  @Override
  public String toString() {
    return "ResendCandidateCode{email}";
  }

  /** Builds a {@link ResendCandidateCode}. */
  public static final class Builder extends ImmutableResendCandidateCode.Builder {}
}
