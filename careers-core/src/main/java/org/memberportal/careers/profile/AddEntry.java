/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.profile;

import jakarta.validation.Valid;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Command: adds an entry to the section it belongs to (a language, a degree, a job...).
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@Value.Immutable
public abstract class AddEntry implements ProfileCommand {

  /**
   * The entry, with a fresh id.
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

  /** Builds a {@link AddEntry}. */
  public static final class Builder extends ImmutableAddEntry.Builder {}
}
