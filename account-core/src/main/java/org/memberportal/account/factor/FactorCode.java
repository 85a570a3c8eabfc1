/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.factor;

import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.memberportal.account.HolderChange;
import org.memberportal.account.credential.TypedCode;

/**
 * A code typed at the second step or to confirm an authenticator app: the six digits the app shows, or a recovery code.
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
@Value.Immutable
public abstract class FactorCode implements HolderChange, TypedCode {

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
    return "FactorCode{account, code}";
  }

  /** Builds a {@link FactorCode}. */
  public static final class Builder extends ImmutableFactorCode.Builder {}
}
