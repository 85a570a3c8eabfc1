/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.organisation;

import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.memberportal.kernel.Text;

/**
 * Command: the operator's review of a user-entered organisation: approve it as a record, reject it, or merge
 * it into an existing record ({@link #mergeInto()}). The {@link #organisation()} is the user-entered one under
 * review.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
public abstract class ReviewOrganisation implements NamedOrganisation {

  /**
   * For a merge: the existing record that survives; the affiliations follow it.
   *
   * @return the surviving record
   */
  public abstract Optional<OrganisationId> mergeInto();

  /**
   * For a rejection: why, for the audit trail.
   *
   * @return the reason
   */
  public abstract Optional<@Text(multiLine = true)
      @Size(max = 500, message = "{affiliation.reason.too-long}") String> reason();

  /**
   * Starts the command.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReviewOrganisation}. */
  public static final class Builder extends ImmutableReviewOrganisation.Builder {}
}
