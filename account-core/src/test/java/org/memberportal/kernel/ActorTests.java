/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ActorTests {

  @Test
  void onlyTheSignedInHolderOfAnAccountHoldsIt() {
    AccountId account = AccountId.random();

    assertThat(Actor.account(account).holds(account)).isTrue();
    assertThat(Actor.account(account).in(Locale.FRENCH).holds(account)).isTrue();
    assertThat(Actor.account(AccountId.random()).holds(account)).isFalse();
    assertThat(Actor.operator(StaffId.random()).holds(account)).isFalse();
    assertThat(Actor.system("reminders").holds(account)).isFalse();
    assertThat(Actor.anonymous().holds(account)).isFalse();
  }
}
