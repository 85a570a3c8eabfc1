/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.port;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.memberportal.affiliation.Page;
import org.memberportal.affiliation.organisation.DirectoryQuery;
import org.memberportal.affiliation.organisation.MembershipType;
import org.memberportal.affiliation.organisation.Organisation;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.affiliation.organisation.OrganisationStatus;

/**
 * Port: the organisations of the directory, with the searches the sign-up form needs. Writes join the current
 * transaction.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public interface OrganisationRegister {

  /**
   * One organisation, in any status.
   *
   * @param id the organisation
   * @return it, or empty
   */
  Optional<Organisation> find(OrganisationId id);

  /**
   * Stores a new organisation (version 0) or a change of one loaded at its current version.
   *
   * @param organisation the record, with the version it was loaded at
   * @return the stored record, with its version incremented
   * @throws org.memberportal.kernel.Conflict {@code affiliation.version-conflict} when the record changed since,
   *     or a new record's id is taken
   */
  Organisation save(Organisation organisation);

  /**
   * Verified organisations matching the query, sorted by folded name then id, one page.
   *
   * @param query filters and paging
   * @return the page
   */
  Page<Organisation> search(DirectoryQuery query);

  /**
   * Countries that have verified organisations of a type (of any type when empty), sorted.
   *
   * @param type the type filter
   * @return ISO codes
   */
  List<String> countries(Optional<MembershipType> type);

  /**
   * Membership types that verified organisations have.
   *
   * @return the types
   */
  Set<MembershipType> membershipTypes();

  /**
   * Organisations in a status, e.g. those awaiting review.
   *
   * @param status the status
   * @return them, oldest first
   */
  List<Organisation> inStatus(OrganisationStatus status);

  /**
   * A verified organisation by folded name and country, to make seed imports idempotent.
   *
   * @param nameKey the folded name
   * @param country the ISO code
   * @return the organisation, if any
   */
  Optional<Organisation> findByName(String nameKey, String country);
}
