/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.profile;


import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Command: declares that the candidate has no relative in the organisation or the UN common system.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@Value.Immutable
public abstract class DeclareNoRelatives implements ProfileCommand {

  /**
   * Starts the command.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DeclareNoRelatives}. */
  public static final class Builder extends ImmutableDeclareNoRelatives.Builder {}
}
