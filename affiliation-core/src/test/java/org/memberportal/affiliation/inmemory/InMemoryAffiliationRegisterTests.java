/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.inmemory;

import org.memberportal.affiliation.port.AffiliationRegister;
import org.memberportal.affiliation.testkit.AffiliationRegisterContract;
import org.memberportal.kernel.Transactions;
import org.memberportal.kernel.inmemory.InMemoryTransactions;

class InMemoryAffiliationRegisterTests extends AffiliationRegisterContract {

  private final InMemoryTransactions transactions = new InMemoryTransactions();
  private final InMemoryAffiliationRegister register = new InMemoryAffiliationRegister(transactions);

  @Override
  protected AffiliationRegister register() {
    return register;
  }

  @Override
  protected Transactions transactions() {
    return transactions;
  }
}
