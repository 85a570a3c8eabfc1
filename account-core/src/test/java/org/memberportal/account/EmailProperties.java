/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.memberportal.account.testkit.AccountArbitraries;
import org.memberportal.account.testkit.AccountFixtures;
import org.memberportal.account.testkit.AccountWorld;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.EmailAddress;

class EmailProperties {

  @Provide
  Arbitrary<String> emails() {
    return AccountArbitraries.emails();
  }

  @Property(tries = 300)
  void normalisationIsIdempotent(@ForAll("emails") String email) {
    String once = EmailAddress.normalise(email);

    assertThat(EmailAddress.normalise(once)).isEqualTo(once);
  }

  @Property(tries = 40)
  void aCaseVariantOfATakenEmailNeverMakesASecondAccount(@ForAll("emails") String email) {
    AccountWorld world = new AccountWorld();
    String variant = email.strip().toUpperCase(Locale.ROOT);
    world.accounts.signUp(AccountFixtures.signUp(email.strip()).build(), Actor.anonymous());
    world.accounts.signUp(AccountFixtures.signUp(variant).build(), Actor.anonymous());

    assertThat(world.module.store().size()).isEqualTo(1);
    assertThat(world.module.store().findByEmail(EmailAddress.of(variant))).isPresent();
  }
}
