/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.inmemory;

import org.memberportal.account.port.PasskeyRegister;
import org.memberportal.account.testkit.PasskeyRegisterContract;
import org.memberportal.kernel.Transactions;
import org.memberportal.kernel.inmemory.InMemoryTransactions;

class InMemoryPasskeyRegisterTests extends PasskeyRegisterContract {

  private final InMemoryTransactions transactions = new InMemoryTransactions();

  @Override
  protected PasskeyRegister register() {
    return new InMemoryPasskeyRegister(transactions);
  }

  @Override
  protected Transactions transactions() {
    return transactions;
  }
}
