/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.port;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.kernel.AccountId;
import org.memberportal.ties.access.TiesAccount;
import org.memberportal.ties.access.TiesState;

/**
 * Port: the accounts' TIES access, one per account, written with an optimistic version check, with an index of
 * active accounts so that "is TIES active?" (T7) is one look-up.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public interface TiesAccountRegister {

  /**
   * An account's TIES access.
   *
   * @param account the account
   * @return its TIES access, or empty when it never had any
   */
  Optional<TiesAccount> find(AccountId account);

  /**
   * Stores an account's first TIES access: the stored copy is at version 1.
   *
   * @param tiesAccount the new TIES access (version 0, as built)
   * @return the stored state, at version 1
   * @throws org.memberportal.kernel.Conflict {@code stale-version} ({@link
   *     org.memberportal.kernel.KernelRefusals#STALE_VERSION}) when the account has TIES access: it was stored
   *     since it was found missing; nothing is changed
   */
  TiesAccount add(TiesAccount tiesAccount);

  /**
   * Writes a change of stored TIES access made on the version that was read: the store checks that version and
   * returns the stored copy at the next one (the caller never bumps it).
   *
   * @param tiesAccount the changed state, with the version it was read at
   * @return the stored state, at version + 1
   * @throws org.memberportal.kernel.Conflict {@code stale-version} when the stored version is another (it changed
   *     since it was read); nothing is changed
   */
  TiesAccount update(TiesAccount tiesAccount);

  /**
   * Whether the account holds active TIES access, answered from an index (no scan).
   *
   * @param account the account
   * @return true when active
   */
  boolean isActive(AccountId account);

  /**
   * The TIES access resting on an organisation, in the given states.
   *
   * @param organisation the organisation
   * @param states the states wanted
   * @return them, in no particular order
   */
  List<TiesAccount> inOrganisation(OrganisationId organisation, Set<TiesState> states);
}
