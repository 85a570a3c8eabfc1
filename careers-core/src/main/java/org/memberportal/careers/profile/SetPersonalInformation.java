/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.profile;

import jakarta.validation.Valid;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Command: sets (or replaces) the personal information section.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@Value.Immutable
public abstract class SetPersonalInformation implements ProfileCommand {

  /**
   * The new section.
   *
   * @return the section
   */
  @Valid
  public abstract PersonalInformation value();

  /**
   * Starts the command.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SetPersonalInformation}. */
  public static final class Builder extends ImmutableSetPersonalInformation.Builder {}
}
