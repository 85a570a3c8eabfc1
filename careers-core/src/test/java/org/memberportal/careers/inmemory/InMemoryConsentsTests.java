/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.inmemory;

import org.memberportal.careers.port.Consents;
import org.memberportal.careers.testkit.ConsentsContract;
import org.memberportal.kernel.Transactions;
import org.memberportal.kernel.inmemory.InMemoryTransactions;

class InMemoryConsentsTests extends ConsentsContract {

  private final InMemoryTransactions transactions = new InMemoryTransactions();
  private final InMemoryConsents consents = new InMemoryConsents(transactions);

  @Override
  protected Consents consents() {
    return consents;
  }

  @Override
  protected Transactions transactions() {
    return transactions;
  }
}
