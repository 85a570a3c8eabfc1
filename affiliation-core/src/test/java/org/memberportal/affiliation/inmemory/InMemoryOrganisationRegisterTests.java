/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.inmemory;

import org.memberportal.affiliation.port.OrganisationRegister;
import org.memberportal.affiliation.testkit.OrganisationRegisterContract;
import org.memberportal.kernel.Transactions;
import org.memberportal.kernel.inmemory.InMemoryTransactions;

class InMemoryOrganisationRegisterTests extends OrganisationRegisterContract {

  private final InMemoryTransactions transactions = new InMemoryTransactions();
  private final InMemoryOrganisationRegister register = new InMemoryOrganisationRegister(transactions);

  @Override
  protected OrganisationRegister register() {
    return register;
  }

  @Override
  protected Transactions transactions() {
    return transactions;
  }
}
