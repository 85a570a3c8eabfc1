/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.factor;

import java.util.Set;
import org.apiguardian.api.API;
import org.memberportal.kernel.AccountId;

/**
 * Which second factors an account has, for sign-in (a second step or not) and for the {@link FactorPolicy}
 * ("enrol first" or "sign in with it").
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
@FunctionalInterface
public interface FactorDirectory {

  /** No account has a factor: the directory of a host that offers none. */
  FactorDirectory NONE = account -> Set.of();

  /**
   * {@return the account's confirmed factors; recovery codes only beside another factor}
   *
   * @param account the account
   */
  Set<FactorKind> factorsOf(AccountId account);
}
