/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.AffiliationId;
import org.memberportal.affiliation.membership.AffiliationState;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.kernel.AccountId;

/**
 * Port: affiliations, indexed by account, by organisation and by state so that a focal point's page never
 * scans every affiliation. Writes join the current transaction.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public interface AffiliationRegister {

  /**
   * One affiliation.
   *
   * @param id the affiliation
   * @return it, or empty
   */
  Optional<Affiliation> find(AffiliationId id);

  /**
   * Stores a new affiliation: the stored copy is at version 1. Like a unique index, the store keeps at most one
   * open request and at most one current affiliation per account.
   *
   * @param affiliation the new affiliation (version 0, as built)
   * @return the stored affiliation, at version 1
   * @throws org.memberportal.kernel.Conflict {@code affiliation.request-already-open} or {@code
   *     affiliation.already-affiliated} when the account would have two, {@code stale-version} ({@link
   *     org.memberportal.kernel.KernelRefusals#STALE_VERSION}) when its id is taken; nothing is changed
   */
  Affiliation add(Affiliation affiliation);

  /**
   * Writes a change of a stored affiliation made on the version that was read: the store checks that version and
   * returns the stored copy at the next one (the caller never bumps it). The same unique rules as {@link #add}.
   *
   * @param affiliation the changed affiliation, with the version it was read at
   * @return the stored affiliation, at version + 1
   * @throws org.memberportal.kernel.Conflict {@code stale-version} when the stored version is another (it changed
   *     since it was read), {@code affiliation.request-already-open} or {@code affiliation.already-affiliated} when
   *     the account would have two; nothing is changed
   */
  Affiliation update(Affiliation affiliation);

  /**
   * Every affiliation of an account, newest request first.
   *
   * @param account the account
   * @return its affiliations
   */
  List<Affiliation> ofAccount(AccountId account);

  /**
   * The affiliations of one organisation in the given states.
   *
   * @param organisation the organisation
   * @param states the states wanted
   * @return them, oldest request first
   */
  List<Affiliation> ofOrganisation(OrganisationId organisation, Set<AffiliationState> states);

  /**
   * Pending requests sent to the focal points at or before an instant, for reminders.
   *
   * @param instant the latest submission time
   * @return them, oldest submission first
   */
  List<Affiliation> pendingSince(Instant instant);
}
