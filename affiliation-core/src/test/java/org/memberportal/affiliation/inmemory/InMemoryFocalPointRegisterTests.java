/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.inmemory;

import org.memberportal.affiliation.port.FocalPointRegister;
import org.memberportal.affiliation.testkit.FocalPointRegisterContract;
import org.memberportal.kernel.Transactions;
import org.memberportal.kernel.inmemory.InMemoryTransactions;

class InMemoryFocalPointRegisterTests extends FocalPointRegisterContract {

  private final InMemoryTransactions transactions = new InMemoryTransactions();
  private final InMemoryFocalPointRegister register = new InMemoryFocalPointRegister(transactions);

  @Override
  protected FocalPointRegister register() {
    return register;
  }

  @Override
  protected Transactions transactions() {
    return transactions;
  }
}
