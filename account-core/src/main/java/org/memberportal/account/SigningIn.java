/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import java.util.Set;
import org.memberportal.account.factor.FactorKind;
import org.memberportal.account.factor.SecondFactors;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Outcome;

/**
 * Signing in (A4) and its second step (issue 24): the password first, through the credential flows; an account with
 * a second factor is then not signed in but asked for one of its factors.
 */
final class SigningIn {

  private final AccountParts parts;

  SigningIn(AccountParts parts) {
    this.parts = parts;
  }

  /** {@return the credential flows' answer, or the second factors the account must use before it is signed in} */
  Outcome<SignInResult> signIn(SignIn command, Actor actor) {
    Outcome<SignInResult> result = parts.credentials().signIn(command, actor).map(UserHolders::result);
    SecondFactors factors = parts.factors();
    if (factors != null && result.value() instanceof SignInResult.SignedIn signedIn) {
      Set<FactorKind> kinds = factors.factorsOf(signedIn.account());
      if (!kinds.isEmpty()) {
        return new Outcome<>(new SignInResult.SecondFactorRequired(signedIn.account(), kinds), result.events());
      }
    }
    return result;
  }

  /**
   * {@return the second factors' façade}
   *
   * @throws IllegalStateException when the host wired no second-factor stores ({@code Builder.secondFactors})
   */
  SecondFactors secondFactors() {
    SecondFactors factors = parts.factors();
    if (factors == null) {
      throw new IllegalStateException("no second-factor stores were wired: Builder.secondFactors(...)");
    }
    return factors;
  }
}
