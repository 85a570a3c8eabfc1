/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.profile;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.memberportal.kernel.Text;

/**
 * A period of education: institution, degree, field of study, country and dates.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@Value.Immutable
public abstract class Education implements ProfileEntry {

  /**
   * Identifies the entry; a fresh one unless given.
   *
   * @return the id
   */
  @Override
  @Value.Default
  public EntryId id() {
    return EntryId.random();
  }

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
   * First day.
   *
   * @return the start date
   */
  public abstract LocalDate from();

  /**
   * Last day, empty while it goes on.
   *
   * @return the end date
   */
  public abstract Optional<LocalDate> to();

  /**
   * Whether the dates are in order (the end is not before the start).
   *
   * @return true when in order
   */
  @AssertTrue(message = "{profile.dates.end-before-start}")
  public boolean datesInOrder() {
    return to().map(end -> !end.isBefore(from())).orElse(true);
  }

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
