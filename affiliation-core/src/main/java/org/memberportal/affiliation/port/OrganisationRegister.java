/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.port;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.memberportal.affiliation.organisation.DirectoryQuery;
import org.memberportal.affiliation.organisation.MembershipType;
import org.memberportal.affiliation.organisation.Organisation;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.affiliation.organisation.OrganisationStatus;
import org.memberportal.kernel.Page;

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
   * Stores a new organisation: the stored copy is at version 1.
   *
   * @param organisation the new record (version 0, as built)
   * @return the stored record, at version 1
   * @throws org.memberportal.kernel.Conflict {@code stale-version} ({@link
   *     org.memberportal.kernel.KernelRefusals#STALE_VERSION}) when its id is taken: it was stored since it was
   *     found missing; nothing is changed
   */
  Organisation add(Organisation organisation);

  /**
   * Writes a change of a stored organisation made on the version that was read: the store checks that version and
   * returns the stored copy at the next one (the caller never bumps it).
   *
   * @param organisation the changed record, with the version it was read at
   * @return the stored record, at version + 1
   * @throws org.memberportal.kernel.Conflict {@code stale-version} when the stored version is another (the record
   *     changed since it was read); nothing is changed
   */
  Organisation update(Organisation organisation);

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
