/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.profile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.memberportal.kernel.Text;

/**
 * A professional reference: someone the organisation may contact about the candidate, and their
 * {@link ContactDetails}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@Value.Immutable
public abstract class Reference implements ProfileEntry, ContactDetails {

  @Override
  public final Section section() {
    return Section.REFERENCES;
  }

  /**
   * The referee's full name.
   *
   * @return the name
   */
  @NotBlank
  @Size(max = SHORT)
  @Text
  public abstract String name();

  /**
   * Their position and organisation.
   *
   * @return the position
   */
  @NotBlank
  @Size(max = SHORT)
  @Text
  public abstract String position();

  /**
   * Starts an entry.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Reference}. */
  public static final class Builder extends ImmutableReference.Builder {}
}
