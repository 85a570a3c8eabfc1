/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import java.util.Set;
import org.apiguardian.api.API;
import org.memberportal.account.factor.FactorKind;
import org.memberportal.kernel.AccountId;

/**
 * What a sign-in attempt tells the host it may show. A failure is one uniform answer for an unknown address, a
 * wrong password, an unverified, locked, suspended or closed account.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public sealed interface SignInResult {

  /**
   * The credentials are right and the account is active: the host opens a session.
   *
   * @param account the account signed in
   */
  record SignedIn(AccountId account) implements SignInResult {}

  /** Uniform failure: "wrong email or password, or the account cannot sign in now". */
  record Rejected() implements SignInResult {}

  /** A migrated account: only the password-reset flow opens it (A6). */
  record PasswordResetRequired() implements SignInResult {}

  /**
   * The password is right and the account has a second factor: the host keeps the holder at the password level
   * and asks for the second step ({@code UserAccounts.secondFactors()}), which upgrades the actor.
   *
   * @param account the account
   * @param factors the factors it may use, to offer
   * @since 0.2.0
   */
  record SecondFactorRequired(AccountId account, Set<FactorKind> factors) implements SignInResult {

    /** Copies the set. */
    public SecondFactorRequired {
      factors = Set.copyOf(factors);
    }
  }
}
