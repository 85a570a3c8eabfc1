/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.profile;


import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Command: removes a whole section from the profile, whichever it is (the candidate's right to remove any part
 * of their data without deleting the profile).
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@Value.Immutable
public abstract class RemoveSection implements ProfileCommand {

  /**
   * The section to remove.
   *
   * @return the section
   */
  public abstract Section section();

  /**
   * Starts the command.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RemoveSection}. */
  public static final class Builder extends ImmutableRemoveSection.Builder {}
}
