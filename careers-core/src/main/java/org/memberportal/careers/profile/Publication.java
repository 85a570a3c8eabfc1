/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.profile;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.memberportal.kernel.Text;

/**
 * A publication of the candidate.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@Value.Immutable
public abstract class Publication implements ProfileEntry {

  @Override
  public final Section section() {
    return Section.PUBLICATIONS;
  }

  /**
   * Its title.
   *
   * @return the title
   */
  @NotBlank
  @Size(max = SHORT)
  @Text
  public abstract String title();

  /**
   * Where it appeared (journal, publisher).
   *
   * @return the venue
   */
  @NotBlank
  @Size(max = SHORT)
  @Text
  public abstract String venue();

  /**
   * The year it appeared.
   *
   * @return the year
   */
  @Min(value = 1900)
  @Max(value = 2200)
  public abstract int year();

  /**
   * Starts an entry.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Publication}. */
  public static final class Builder extends ImmutablePublication.Builder {}
}
