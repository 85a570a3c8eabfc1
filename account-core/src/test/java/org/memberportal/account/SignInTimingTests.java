/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.memberportal.account.credential.PasswordHashing;
import org.memberportal.account.testkit.PasswordEdges;
import org.memberportal.account.testkit.TestHashing;

/**
 * Timing says nothing about who has an account, whatever the stored parameters (A4; ASVS 6.3.8): after a change
 * of hasher, a wrong password for an account still on the former parameters takes as long as one for an unknown
 * address, whether the former parameters cost more or less than the current ones. Interleaved medians of the test
 * kit's fast parameters against sixteen times their memory, so that the ratio holds on a loaded machine.
 */
class SignInTimingTests {

  private static final int ROUNDS = 300;

  /** Sixteen times the fast parameters' memory. */
  private static final PasswordHashing COSTLIER = PasswordHashing.argon2id(256, 1, 1);

  @Test
  void anAccountOnCostlierFormerParametersAnswersAsFastAsAnUnknownAddress() {
    PasswordEdges.Timing timing = PasswordEdges.userSignIn(COSTLIER, TestHashing.fast(), true, ROUNDS);
    System.out.println("sign-in, former parameters costlier: " + timing);

    assertThat(timing.ratio()).isBetween(0.8, 1.25);
  }

  @Test
  void anAccountOnCheaperFormerParametersAnswersAsSlowlyAsAnUnknownAddress() {
    PasswordEdges.Timing timing = PasswordEdges.userSignIn(TestHashing.fast(), COSTLIER, true, ROUNDS);
    System.out.println("sign-in, former parameters cheaper: " + timing);

    assertThat(timing.ratio()).isBetween(0.8, 1.25);
  }

  @Test
  void formerParametersNobodyDeclaredAreLearntOnFirstSight() {
    PasswordEdges.Timing timing = PasswordEdges.userSignIn(COSTLIER, TestHashing.fast(), false, ROUNDS);
    System.out.println("sign-in, former parameters costlier, not declared: " + timing);

    assertThat(timing.ratio()).isBetween(0.8, 1.25);
  }
}
