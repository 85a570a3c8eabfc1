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
 * A job in the candidate's employment history, with its dates (a {@link DateRange}; the last day is empty
 * for the current job).
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@Value.Immutable
public abstract class Employment implements ProfileEntry, DateRange {

  @Override
  public final Section section() {
    return Section.EMPLOYMENT;
  }

  /**
   * The employer.
   *
   * @return its name
   */
  @NotBlank
  @Size(max = SHORT)
  @Text
  public abstract String employer();

  /**
   * The functional title.
   *
   * @return the title
   */
  @NotBlank
  @Size(max = SHORT)
  @Text
  public abstract String title();

  /**
   * Where the job was, as an ISO 3166-1 alpha-2 code.
   *
   * @return the country code
   */
  @IsoCountry
  @Text
  public abstract String country();

  /**
   * What the candidate did.
   *
   * @return the duties
   */
  @Size(max = LONG)
  @Text(multiLine = true)
  public abstract String duties();

  /**
   * Starts an entry.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Employment}. */
  public static final class Builder extends ImmutableEmployment.Builder {}
}
