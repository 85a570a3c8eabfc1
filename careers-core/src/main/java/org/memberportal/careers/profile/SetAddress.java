/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.profile;

import jakarta.validation.Valid;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Command: sets (or replaces) the address section.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@Value.Immutable
public abstract class SetAddress implements ProfileCommand {

  /**
   * The new section.
   *
   * @return the section
   */
  @Valid
  public abstract Address value();

  /**
   * Starts the command.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SetAddress}. */
  public static final class Builder extends ImmutableSetAddress.Builder {}
}
