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
 * The address section: the candidate's postal address.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@Value.Immutable
public abstract class Address {

  /**
   * Street, number and any further lines.
   *
   * @return the street lines
   */
  @NotBlank
  @Size(max = 300)
  @Text
  public abstract String street();

  /**
   * Postal code, may be empty where the country has none.
   *
   * @return the postal code
   */
  @Size(max = 20)
  @Text
  public abstract String postalCode();

  /**
   * City or town.
   *
   * @return the city
   */
  @NotBlank
  @Size(max = 100)
  @Text
  public abstract String city();

  /**
   * Country, as an ISO 3166-1 alpha-2 code.
   *
   * @return the country code
   */
  @IsoCountry
  @Text
  public abstract String country();

  /**
   * Starts the section.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** An address is personal data: only the country is printed. */
  @Override
  public String toString() {
    return "Address{" + country() + "}";
  }

  /** Builds an {@link Address}. */
  public static final class Builder extends ImmutableAddress.Builder {}
}
