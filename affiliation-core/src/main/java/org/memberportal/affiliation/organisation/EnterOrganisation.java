/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.organisation;

import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Command: "Organisation not found? Enter your organisation data": a signed-in user adds an organisation,
 * stored as unverified and not a member until the operator reviews it.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
public abstract class EnterOrganisation implements OrganisationDetails {

  /**
   * The type the user believes it has; it gives no rights, the operator reviews it.
   *
   * @return the declared type
   */
  public abstract Optional<MembershipType> declaredMembershipType();

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
