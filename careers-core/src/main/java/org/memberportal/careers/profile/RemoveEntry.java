/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.profile;


import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Command: removes an entry.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@Value.Immutable
public abstract class RemoveEntry implements ProfileCommand {

  /**
   * The entry to remove.
   *
   * @return its id
   */
  public abstract EntryId entry();

  /**
   * Starts the command.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RemoveEntry}. */
  public static final class Builder extends ImmutableRemoveEntry.Builder {}
}
