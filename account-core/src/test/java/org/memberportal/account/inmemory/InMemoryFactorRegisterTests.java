/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.inmemory;

import org.memberportal.account.port.FactorRegister;
import org.memberportal.account.testkit.FactorRegisterContract;
import org.memberportal.kernel.Transactions;
import org.memberportal.kernel.inmemory.InMemoryTransactions;

class InMemoryFactorRegisterTests extends FactorRegisterContract {

  private final InMemoryTransactions transactions = new InMemoryTransactions();

  @Override
  protected FactorRegister register() {
    return new InMemoryFactorRegister(transactions);
  }

  @Override
  protected Transactions transactions() {
    return transactions;
  }
}
