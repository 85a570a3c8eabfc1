/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.bench;

import org.memberportal.affiliation.port.AffiliationRegister;
import org.memberportal.affiliation.testkit.AffiliationRegisterContract;
import org.memberportal.kernel.Transactions;
import org.memberportal.kernel.inmemory.InMemoryTransactions;

/** B5's compact register keeps the memory tricks and every promise of the port, as the library's adapters do. */
class CompactAffiliationRegisterTests extends AffiliationRegisterContract {

  private final InMemoryTransactions transactions = new InMemoryTransactions();
  private final CompactAffiliationRegister register = new CompactAffiliationRegister(transactions);

  @Override
  protected AffiliationRegister register() {
    return register;
  }

  @Override
  protected Transactions transactions() {
    return transactions;
  }
}
