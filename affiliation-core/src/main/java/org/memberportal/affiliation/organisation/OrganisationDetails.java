/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.memberportal.kernel.Text;

/**
 * What an organisation record says of itself, declared once with its limits for the two commands that write one:
 * the operator's {@link RegisterOrganisation} and the user's {@link EnterOrganisation}.
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public interface OrganisationDetails {

  /**
   * The name, at most 200 characters.
   *
   * @return the name
   */
  @NotBlank(message = "{affiliation.organisation.name.required}")
  @Size(max = 200, message = "{affiliation.organisation.name.too-long}")
  @Text
  @Nullable String name();

  /**
   * Country or Member State (ISO 3166-1 alpha-2).
   *
   * @return the code
   */
  @NotNull(message = "{affiliation.organisation.country.invalid}")
  @Pattern(regexp = "[A-Z]{2}", message = "{affiliation.organisation.country.invalid}")
  @Text
  @Nullable String country();

  /**
   * Postal address, at most 500 characters, lines allowed.
   *
   * @return the address
   */
  Optional<@Text(multiLine = true)
      @Size(max = 500, message = "{affiliation.organisation.address.too-long}") String> address();

  /**
   * Web site, at most 300 characters.
   *
   * @return the URL text
   */
  Optional<@Text @Size(max = 300, message = "{affiliation.organisation.website.too-long}") String> website();
}
