/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.inmemory;

import org.memberportal.account.port.IssuedCodes;
import org.memberportal.account.testkit.IssuedCodesContract;
import org.memberportal.kernel.Transactions;
import org.memberportal.kernel.inmemory.InMemoryTransactions;

class InMemoryIssuedCodesTests extends IssuedCodesContract {

  private final InMemoryTransactions transactions = new InMemoryTransactions();

  @Override
  protected IssuedCodes codes() {
    return new InMemoryIssuedCodes(transactions);
  }

  @Override
  protected Transactions transactions() {
    return transactions;
  }
}
