/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.profile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.memberportal.kernel.Text;

/**
 * The personal information section: names, date of birth, nationalities and {@link ContactDetails contact
 * details}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@Value.Immutable
public abstract class PersonalInformation implements ContactDetails {

  /**
   * First (given) names.
   *
   * @return the first name
   */
  @NotBlank
  @Size(max = 100)
  @Text
  public abstract String firstName();

  /**
   * Last (family) name.
   *
   * @return the last name
   */
  @NotBlank
  @Size(max = 100)
  @Text
  public abstract String lastName();

  /**
   * Date of birth; it must be in the past (checked against the injected clock by the service).
   *
   * @return the date
   */
  public abstract LocalDate birthDate();

  /**
   * Nationalities, as ISO 3166-1 alpha-2 codes; one to three.
   *
   * @return the country codes
   */
  @NotEmpty(message = "{profile.personal.nationality-missing}")
  @Size(max = 3, message = "{profile.personal.too-many-nationalities}")
  public abstract Set<@Text @IsoCountry String> nationalities();

  /**
   * Starts the section.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Names and contact details are personal data: none of them is printed. */
  @Override
  public String toString() {
    return "PersonalInformation{...}";
  }

  /** Builds a {@link PersonalInformation}. */
  public static final class Builder extends ImmutablePersonalInformation.Builder {}
}
