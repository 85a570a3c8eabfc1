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
 * A period of education: institution, degree, field of study, country and dates (a {@link DateRange}).
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@Value.Immutable
public abstract class Education implements ProfileEntry, DateRange {

  @Override
  public final Section section() {
    return Section.EDUCATION;
  }

  /**
   * The institution.
   *
   * @return its name
   */
  @NotBlank
  @Size(max = SHORT)
  @Text
  public abstract String institution();

  /**
   * The degree or diploma obtained or pursued.
   *
   * @return the degree
   */
  @NotBlank
  @Size(max = SHORT)
  @Text
  public abstract String degree();

  /**
   * The main field of study.
   *
   * @return the field
   */
  @NotBlank
  @Size(max = SHORT)
  @Text
  public abstract String field();

  /**
   * Where the institution is, as an ISO 3166-1 alpha-2 code.
   *
   * @return the country code
   */
  @IsoCountry
  @Text
  public abstract String country();

  /**
   * Starts an entry.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Education}. */
  public static final class Builder extends ImmutableEducation.Builder {}
}
