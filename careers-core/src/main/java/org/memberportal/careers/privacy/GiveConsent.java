/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.privacy;

import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.memberportal.careers.CandidateId;

/**
 * Command: the candidate consents (again) to a use of their data.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@Value.Immutable
public abstract class GiveConsent {

  /**
   * Whose data.
   *
   * @return the candidate
   */
  public abstract CandidateId candidate();

  /**
   * To what.
   *
   * @return the scope
   */
  public abstract ConsentScope scope();

  /**
   * Starts the command.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GiveConsent}. */
  public static final class Builder extends ImmutableGiveConsent.Builder {}
}
