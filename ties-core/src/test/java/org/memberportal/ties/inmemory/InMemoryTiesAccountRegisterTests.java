/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.inmemory;

import org.memberportal.kernel.Transactions;
import org.memberportal.kernel.inmemory.InMemoryTransactions;
import org.memberportal.ties.port.TiesAccountRegister;
import org.memberportal.ties.testkit.TiesAccountRegisterContract;

class InMemoryTiesAccountRegisterTests extends TiesAccountRegisterContract {

  private final InMemoryTransactions transactions = new InMemoryTransactions();
  private final InMemoryTiesAccountRegister register = new InMemoryTiesAccountRegister(transactions);

  @Override
  protected TiesAccountRegister register() {
    return register;
  }

  @Override
  protected Transactions transactions() {
    return transactions;
  }
}
