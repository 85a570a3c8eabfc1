/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.inmemory;

import org.memberportal.careers.port.Applications;
import org.memberportal.careers.testkit.ApplicationsContract;
import org.memberportal.kernel.inmemory.InMemoryTransactions;

class InMemoryApplicationsTests extends ApplicationsContract {

  @Override
  protected Applications createApplications() {
    return new InMemoryApplications(new InMemoryTransactions());
  }
}
