/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.organisation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.memberportal.kernel.Text;

/**
 * Command: the operator adds (or, with a known id, updates) a verified organisation of the directory; also
 * one row of a directory seed file.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
public abstract class RegisterOrganisation implements OrganisationDetails {

  /**
   * The id to use, to keep the host's own ids; a fresh one when absent.
   *
   * @return the id
   */
  public abstract Optional<OrganisationId> id();

  /**
   * The membership type.
   *
   * @return the type
   */
  @NotNull(message = "{affiliation.organisation.membership-type.required}")
  public abstract @Nullable MembershipType membershipType();

  /**
   * Sectors, where relevant.
   *
   * @return the sectors
   */
  public abstract Set<@Text @Size(max = 40, message = "{affiliation.organisation.sector.too-long}") String> sectors();

  /**
   * Starts the command.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RegisterOrganisation}. */
  public static final class Builder extends ImmutableRegisterOrganisation.Builder {}
}
