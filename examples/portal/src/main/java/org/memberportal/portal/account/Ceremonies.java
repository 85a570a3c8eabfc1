/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.account;

import org.memberportal.account.UserAccounts;
import org.memberportal.account.factor.PasskeyOptions;
import org.memberportal.account.factor.SecondFactors;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.portal.security.RelyingParty;
import org.springframework.stereotype.Component;

/**
 * A passkey's ceremony started for the browser (issue 24), for the API and the pages alike: the library's options
 * with the portal's relying party and the holder's address, to register a passkey or to pass the sign-in's second
 * step with one.
 */
@Component
public class Ceremonies {

  private final UserAccounts accounts;
  private final SecondFactors factors;
  private final RelyingParty relyingParty;

  /**
   * Makes the ceremonies.
   *
   * @param accounts the accounts (the holder's address)
   * @param factors the second factors
   * @param relyingParty the portal as a WebAuthn relying party
   */
  public Ceremonies(UserAccounts accounts, SecondFactors factors, RelyingParty relyingParty) {
    this.accounts = accounts;
    this.factors = factors;
    this.relyingParty = relyingParty;
  }

  /**
   * Starts registering a passkey: the options for {@code navigator.credentials.create}.
   *
   * @param account the member's account
   * @param actor the member
   * @return the options
   */
  public Ceremony registration(AccountId account, Actor actor) {
    return ceremony(factors.startPasskeyRegistration(account, actor).value(), account);
  }

  /**
   * Starts the sign-in's second step with a passkey: the options for {@code navigator.credentials.get}.
   *
   * @param holder the holder whose second step the session awaits
   * @return the options
   */
  public Ceremony signIn(Actor.AccountHolder holder) {
    return ceremony(factors.startPasskeySignIn(holder.account(), holder).value(), holder.account());
  }

  private Ceremony ceremony(PasskeyOptions options, AccountId account) {
    return Ceremony.of(options, relyingParty.id(), relyingParty.name(),
        accounts.find(account).map(a -> a.email().display()).orElse(""));
  }
}
