/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.spring;

import java.util.UUID;
import org.memberportal.account.AccountEvent;
import org.memberportal.account.OperatorDecision;
import org.memberportal.account.SignUp;
import org.memberportal.account.UserAccounts;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.PortalException;
import org.memberportal.kernel.Secret;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** An application's own service: its own row and a library command in one {@code @Transactional} method. */
class Shop {

  static final String PASSWORD = "Blue-Heron-Sky-42";

  private final JdbcTemplate jdbc;
  private final UserAccounts accounts;

  Shop(JdbcTemplate jdbc, UserAccounts accounts) {
    this.jdbc = jdbc;
    this.accounts = accounts;
  }

  /** Records an order and signs its buyer up; both or neither. */
  @Transactional
  AccountId orderAndSignUp(UUID order, String email) {
    jdbc.update("insert into shop_order (id, buyer) values (?, ?)", order, email);
    return signUp(email);
  }

  /** Records an order and signs its buyer up, then fails: neither stays. */
  @Transactional
  AccountId orderAndSignUpThenFail(UUID order, String email, AccountId[] signedUp) {
    jdbc.update("insert into shop_order (id, buyer) values (?, ?)", order, email);
    signedUp[0] = signUp(email);
    throw new IllegalStateException("the payment was declined");
  }

  /**
   * Records an order, signs its buyer up, then has the buyer try to suspend their own account, which the library
   * refuses inside its transaction; the shop carries on: the order and the sign-up stay.
   */
  @Transactional
  Refused orderAndSignUpDespiteARefusal(UUID order, String email) {
    jdbc.update("insert into shop_order (id, buyer) values (?, ?)", order, email);
    AccountId account = signUp(email);
    try {
      accounts.suspend(OperatorDecision.builder().account(account).reason("no").build(), Actor.account(account));
    } catch (PortalException refused) {
      return new Refused(account, refused);
    }
    throw new AssertionError("the library let an account holder suspend their own account");
  }

  /** What the library refused, on which account. */
  record Refused(AccountId account, PortalException refusal) {}

  boolean hasOrder(UUID order) {
    return jdbc.queryForObject("select count(*) from shop_order where id = ?", Integer.class, order) == 1;
  }

  AccountId signUp(String email) {
    return accounts.signUp(form(email), Actor.anonymous()).events().stream()
        .filter(AccountEvent.SignedUp.class::isInstance)
        .map(e -> ((AccountEvent.SignedUp) e).account())
        .findFirst()
        .orElseThrow();
  }

  static SignUp form(String email) {
    return SignUp.builder().email(email).firstName("Ada").lastName("Lovelace")
        .password(Secret.of(PASSWORD)).passwordConfirmation(Secret.of(PASSWORD))
        .gender("female").professionalRole("engineer").preferredLanguage("en").termsAccepted(true).build();
  }
}
