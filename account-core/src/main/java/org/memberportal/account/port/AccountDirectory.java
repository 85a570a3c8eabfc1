/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.port;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.memberportal.account.AccountSummary;
import org.memberportal.kernel.AccountId;

/**
 * Read access to user accounts for the other modules (affiliation, TIES): names, address, language and
 * status, always current. The account module's service implements it; tests may use a fake.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public interface AccountDirectory {

  /**
   * The account's summary.
   *
   * @param id the account
   * @return its summary, or empty when no such account exists (or it was erased)
   */
  Optional<AccountSummary> find(AccountId id);

  /**
   * The summaries of several accounts, for pages that show many; one look-up rather than one per account where
   * the directory can.
   *
   * @param ids the accounts
   * @return the summaries of those that exist, by id
   */
  default Map<AccountId, AccountSummary> findAll(Collection<AccountId> ids) {
    Map<AccountId, AccountSummary> found = new HashMap<>();
    for (AccountId id : ids) {
      find(id).ifPresent(a -> found.put(id, a));
    }
    return found;
  }
}
