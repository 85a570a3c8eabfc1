/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.factor;

import org.memberportal.account.testkit.AccountFixtures;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.PortalException;
import org.memberportal.kernel.Secret;

/** The steps the second factor's tests share. */
final class FactorSteps {

  private FactorSteps() {}

  /** The holder gives the fixtures' password again, which adding or removing a factor needs. */
  static void reauthenticate(SecondFactors factors, AccountId account) {
    factors.reauthenticate(PasswordProof.builder().account(account).password(Secret.of(AccountFixtures.PASSWORD))
        .build(), Actor.account(account));
  }

  /** The reason a command is refused with; fails when it is not refused. */
  static String reason(Runnable command) {
    try {
      command.run();
    } catch (PortalException e) {
      return e.reason();
    }
    throw new AssertionError("the command was not refused");
  }
}
