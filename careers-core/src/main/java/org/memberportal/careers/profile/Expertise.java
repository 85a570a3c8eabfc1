/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.profile;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.memberportal.kernel.Text;

/**
 * An area of expertise.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@Value.Immutable
public abstract class Expertise implements ProfileEntry {

  @Override
  public final Section section() {
    return Section.EXPERTISE;
  }

  /**
   * The area, e.g. spectrum management.
   *
   * @return the area
   */
  @NotBlank
  @Size(max = SHORT)
  @Text
  public abstract String area();

  /**
   * Years of experience in it.
   *
   * @return the years
   */
  @PositiveOrZero
  @Max(value = 70)
  public abstract int years();

  /**
   * Starts an entry.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Expertise}. */
  public static final class Builder extends ImmutableExpertise.Builder {}
}
