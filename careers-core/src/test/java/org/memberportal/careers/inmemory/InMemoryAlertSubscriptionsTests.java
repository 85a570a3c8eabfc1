/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.inmemory;

import org.memberportal.careers.port.AlertSubscriptions;
import org.memberportal.careers.testkit.AlertSubscriptionsContract;
import org.memberportal.kernel.inmemory.InMemoryTransactions;

class InMemoryAlertSubscriptionsTests extends AlertSubscriptionsContract {

  @Override
  protected AlertSubscriptions createSubscriptions() {
    return new InMemoryAlertSubscriptions(new InMemoryTransactions());
  }
}
