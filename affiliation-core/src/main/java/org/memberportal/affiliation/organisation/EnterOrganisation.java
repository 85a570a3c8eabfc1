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
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.memberportal.kernel.Text;

/**
 * Command: "Organisation not found? Enter your organisation data": a signed-in user adds an organisation,
 * stored as unverified and not a member until the operator reviews it.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
public abstract class EnterOrganisation {

  /**
   * The name.
   *
   * @return the name
   */
  @NotBlank(message = "{affiliation.organisation.name.required}")
  @Size(max = 200, message = "{affiliation.organisation.name.too-long}")
  @Text
  public abstract @Nullable String name();

  /**
   * Country (ISO 3166-1 alpha-2).
   *
   * @return the code
   */
  @NotNull(message = "{affiliation.organisation.country.invalid}")
  @Pattern(regexp = "[A-Z]{2}", message = "{affiliation.organisation.country.invalid}")
  @Text
  public abstract @Nullable String country();

  /**
   * The type the user believes it has; it gives no rights, the operator reviews it.
   *
   * @return the declared type
   */
  public abstract Optional<MembershipType> declaredMembershipType();

  /**
   * Postal address.
   *
   * @return the address
   */
  public abstract Optional<@Text(multiLine = true)
      @Size(max = 500, message = "{affiliation.organisation.address.too-long}") String> address();

  /**
   * Web site.
   *
   * @return the URL text
   */
  public abstract Optional<@Text
      @Size(max = 300, message = "{affiliation.organisation.website.too-long}") String> website();

  /**
   * Starts the command.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EnterOrganisation}. */
  public static final class Builder extends ImmutableEnterOrganisation.Builder {}
}
