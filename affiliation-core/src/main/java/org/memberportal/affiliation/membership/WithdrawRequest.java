/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.membership;

import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Command: the requester cancels their request before a decision.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
public abstract class WithdrawRequest implements NamedAffiliation {

  /**
   * Starts the command.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WithdrawRequest}. */
  public static final class Builder extends ImmutableWithdrawRequest.Builder {}
}
