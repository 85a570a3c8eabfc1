/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.inmemory;

import org.memberportal.careers.port.Profiles;
import org.memberportal.careers.testkit.ProfilesContract;
import org.memberportal.kernel.Transactions;
import org.memberportal.kernel.inmemory.InMemoryTransactions;

class InMemoryProfilesTests extends ProfilesContract {

  private final InMemoryTransactions transactions = new InMemoryTransactions();
  private final InMemoryProfiles profiles = new InMemoryProfiles(transactions);

  @Override
  protected Profiles profiles() {
    return profiles;
  }

  @Override
  protected Transactions transactions() {
    return transactions;
  }
}
