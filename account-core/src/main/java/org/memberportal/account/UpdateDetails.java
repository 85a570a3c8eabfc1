/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Updates the holder's personal details (A7).
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
public abstract class UpdateDetails implements PersonalDetails, HolderChange {

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
    return "UpdateDetails{account, firstName, lastName, title, gender, jobTitle, professionalRole, preferredLanguage, newsletter}";
  }

  /** Builds a {@link UpdateDetails}. */
  public static final class Builder extends ImmutableUpdateDetails.Builder {}
}
