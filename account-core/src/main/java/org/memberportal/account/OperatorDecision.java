/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Text;

/**
 * An operator's suspension, reactivation or closure of an account (A9), with its reason for the audit trail.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
public abstract class OperatorDecision {

  /**
   * The account.
   *
   * @return the account
   */
  @NotNull
  public abstract @Nullable AccountId account();

  /**
   * Why, for the audit trail.
   *
   * @return why, for the audit trail
   */
  @NotBlank @Size(max = 500)
  @Text(multiLine = true)
  public abstract @Nullable String reason();

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
    return "OperatorDecision{account, reason}";
  }

  /** Builds a {@link OperatorDecision}. */
  public static final class Builder extends ImmutableOperatorDecision.Builder {}
}
