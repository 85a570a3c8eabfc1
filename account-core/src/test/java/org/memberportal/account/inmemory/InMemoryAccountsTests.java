/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.inmemory;

import org.memberportal.account.port.Accounts;
import org.memberportal.account.testkit.AccountsContract;
import org.memberportal.kernel.Transactions;
import org.memberportal.kernel.inmemory.InMemoryTransactions;

class InMemoryAccountsTests extends AccountsContract {

  private final InMemoryTransactions transactions = new InMemoryTransactions();

  @Override
  protected Accounts accounts() {
    return new InMemoryAccounts(transactions);
  }

  @Override
  protected Transactions transactions() {
    return transactions;
  }
}
