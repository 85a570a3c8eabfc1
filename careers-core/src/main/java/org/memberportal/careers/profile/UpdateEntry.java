/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.profile;

import jakarta.validation.Valid;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Command: replaces an entry by the one with the same id, of the same section.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@Value.Immutable
public abstract class UpdateEntry implements ProfileCommand {

  /**
   * The new entry, carrying the id of the one it replaces.
   *
   * @return the entry
   */
  @Valid
  public abstract ProfileEntry entry();

  /**
   * Starts the command.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UpdateEntry}. */
  public static final class Builder extends ImmutableUpdateEntry.Builder {}
}
