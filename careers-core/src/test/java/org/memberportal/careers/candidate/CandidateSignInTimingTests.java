/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.memberportal.account.credential.PasswordHashing;
import org.memberportal.account.testkit.PasswordEdges;
import org.memberportal.account.testkit.TestHashing;
import org.memberportal.careers.testkit.CandidateSignInTiming;

/**
 * Timing says nothing about who has a careers account, whatever the stored parameters (ASVS 6.3.8): after a
 * change of hasher, a wrong password for an account on the former parameters takes as long as one for an unknown
 * address, both ways (interleaved medians, the fast parameters against sixteen times their memory).
 */
class CandidateSignInTimingTests {

  private static final int ROUNDS = 300;
  private static final PasswordHashing COSTLIER = PasswordHashing.argon2id(256, 1, 1);

  @Test
  void anAccountOnCostlierFormerParametersAnswersAsFastAsAnUnknownAddress() {
    PasswordEdges.Timing timing = CandidateSignInTiming.measure(COSTLIER, TestHashing.fast(), ROUNDS);
    System.out.println("careers sign-in, former parameters costlier: " + timing);

    assertThat(timing.ratio()).isBetween(0.8, 1.25);
  }

  @Test
  void anAccountOnCheaperFormerParametersAnswersAsSlowlyAsAnUnknownAddress() {
    PasswordEdges.Timing timing = CandidateSignInTiming.measure(TestHashing.fast(), COSTLIER, ROUNDS);
    System.out.println("careers sign-in, former parameters cheaper: " + timing);

    assertThat(timing.ratio()).isBetween(0.8, 1.25);
  }
}
