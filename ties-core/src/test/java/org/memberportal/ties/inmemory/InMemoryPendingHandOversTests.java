/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.inmemory;

import org.memberportal.kernel.Transactions;
import org.memberportal.kernel.inmemory.InMemoryTransactions;
import org.memberportal.ties.port.PendingHandOvers;
import org.memberportal.ties.testkit.PendingHandOversContract;

class InMemoryPendingHandOversTests extends PendingHandOversContract {

  private final InMemoryTransactions transactions = new InMemoryTransactions();
  private final InMemoryPendingHandOvers pending = new InMemoryPendingHandOvers(transactions);

  @Override
  protected PendingHandOvers pending() {
    return pending;
  }

  @Override
  protected Transactions transactions() {
    return transactions;
  }
}
