/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.memberportal.account.credential.TypedCode;

/**
 * Submits the code sent to the new address, which then replaces the current one (A7).
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
public abstract class ConfirmEmailChange implements HolderChange, TypedCode {

  /**
   * Starts the command.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Never field values: they are personal data or secrets. */
  @Override
  public String toString() {
    return "ConfirmEmailChange{account, code}";
  }

  /** Builds a {@link ConfirmEmailChange}. */
  public static final class Builder extends ImmutableConfirmEmailChange.Builder {}
}
