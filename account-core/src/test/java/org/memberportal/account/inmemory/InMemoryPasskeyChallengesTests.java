/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.inmemory;

import org.memberportal.account.port.PasskeyChallenges;
import org.memberportal.account.testkit.PasskeyChallengesContract;
import org.memberportal.kernel.Transactions;
import org.memberportal.kernel.inmemory.InMemoryTransactions;

class InMemoryPasskeyChallengesTests extends PasskeyChallengesContract {

  private final InMemoryTransactions transactions = new InMemoryTransactions();

  @Override
  protected PasskeyChallenges challenges() {
    return new InMemoryPasskeyChallenges(transactions);
  }

  @Override
  protected Transactions transactions() {
    return transactions;
  }
}
