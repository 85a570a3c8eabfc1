/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.inmemory;

import org.memberportal.careers.port.CandidateAccounts;
import org.memberportal.careers.testkit.CandidateAccountsContract;
import org.memberportal.kernel.Transactions;
import org.memberportal.kernel.inmemory.InMemoryTransactions;

class InMemoryCandidateAccountsTests extends CandidateAccountsContract {

  private final InMemoryTransactions transactions = new InMemoryTransactions();
  private final InMemoryCandidateAccounts accounts = new InMemoryCandidateAccounts(transactions);

  @Override
  protected CandidateAccounts accounts() {
    return accounts;
  }

  @Override
  protected Transactions transactions() {
    return transactions;
  }
}
