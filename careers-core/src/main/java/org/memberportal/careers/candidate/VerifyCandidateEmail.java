/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.candidate;

import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Command: verifies a careers account's address with the emailed code.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@Value.Immutable
public abstract class VerifyCandidateEmail implements EnteredCandidateCode {

  /**
   * Starts the command.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link VerifyCandidateEmail}. */
  public static final class Builder extends ImmutableVerifyCandidateEmail.Builder {}
}
