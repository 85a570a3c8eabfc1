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
 * Port: the accounts' TIES access, one per account, saved with an optimistic version check, with an index of
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
   * Saves TIES access whose version is the stored one (0 when new) and returns it with the next version.
   *
   * @param tiesAccount the new state
   * @return the stored state
   * @throws org.memberportal.kernel.Conflict {@code ties.version-conflict} when it changed since it was read
   */
  TiesAccount save(TiesAccount tiesAccount);

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
