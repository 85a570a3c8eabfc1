/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.roster;

import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.memberportal.affiliation.organisation.NamedOrganisation;
import org.memberportal.kernel.Paging;
import org.memberportal.kernel.Text;

/**
 * "Manage my users" (F7): one organisation's affiliated users and pending requests, searched by name or email,
 * sorted and paged.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Paging.Codes(page = "affiliation.page.invalid", size = "affiliation.page-size.invalid")
@Value.Immutable
public abstract class RosterQuery implements NamedOrganisation, Paging {

  /**
   * Text the user's name or email must contain, ignoring case and accents.
   *
   * @return the search text
   */
  public abstract Optional<@Text @Size(max = 200, message = "{affiliation.search.too-long}") String> text();

  /**
   * Only pending requests (true), only affiliated users (false), or both (empty).
   *
   * @return the filter
   */
  public abstract Optional<Boolean> pendingOnly();

  /**
   * The sort column.
   *
   * @return the column
   */
  @Value.Default
  public RosterSort sort() {
    return RosterSort.NAME;
  }

  /**
   * Whether to sort descending.
   *
   * @return true for descending
   */
  @Value.Default
  public boolean descending() {
    return false;
  }

  /**
   * Starts a query.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RosterQuery}. */
  public static final class Builder extends ImmutableRosterQuery.Builder {}
}
