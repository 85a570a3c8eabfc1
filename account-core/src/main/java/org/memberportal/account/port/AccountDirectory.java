/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.port;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.memberportal.account.factor.FactorPolicy;
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
    return ids.stream().distinct().flatMap(id -> find(id).stream())
        .collect(Collectors.toMap(AccountSummary::id, a -> a));
  }

  /**
   * The host's rule of who must have passed a second factor, as the accounts were configured with it
   * ({@code UserAccounts.Builder.factorPolicy}), for the other modules' commands that need it (a focal point's
   * decisions).
   *
   * @return the policy; {@link FactorPolicy#none()} by default
   * @since 0.2.0
   */
  default FactorPolicy factorPolicy() {
    return FactorPolicy.none();
  }
}
