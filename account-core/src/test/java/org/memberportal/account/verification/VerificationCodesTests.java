/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.memberportal.account.inmemory.InMemoryIssuedCodes;
import org.memberportal.account.inmemory.RandomSecrets;
import org.memberportal.kernel.Secret;
import org.memberportal.kernel.inmemory.InMemoryTransactions;

/** The code machinery alone, as Careers uses it: no user account involved. */
class VerificationCodesTests {

  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  private static final CodeSubject CANDIDATE = CodeSubject.of("candidate", "42");

  private final InMemoryTransactions tx = new InMemoryTransactions();
  private final VerificationCodes codes =
      new VerificationCodes(new InMemoryIssuedCodes(tx), new RandomSecrets(), CodeRules.defaults());

  private Secret issue(Instant at) {
    return ((VerificationCodes.Issued) codes.issue(CANDIDATE, CodePurpose.EMAIL_VERIFICATION, at)).code();
  }

  @Test
  void codesOfOneSubjectAreKeptApartByPurpose() {
    Secret code = issue(T0);

    assertThat(codes.redeem(CANDIDATE, CodePurpose.PASSWORD_RESET, code, T0)).isEqualTo(VerificationCodes.Verdict.NONE);
    assertThat(codes.redeem(CANDIDATE, CodePurpose.EMAIL_VERIFICATION, code, T0))
        .isEqualTo(VerificationCodes.Verdict.ACCEPTED);
  }

  @Test
  void sixthSubmissionIsExhaustedEvenWithTheRightCode() {
    Secret code = issue(T0);
    Secret wrong = Secret.of(code.reveal().equals("000000") ? "999999" : "000000");
    for (int i = 0; i < 5; i++) {
      assertThat(codes.redeem(CANDIDATE, CodePurpose.EMAIL_VERIFICATION, wrong, T0))
          .isEqualTo(VerificationCodes.Verdict.WRONG);
    }

    assertThat(codes.redeem(CANDIDATE, CodePurpose.EMAIL_VERIFICATION, code, T0))
        .isEqualTo(VerificationCodes.Verdict.EXHAUSTED);
  }

  @Test
  void expiredAtTheEndOfItsValidity() {
    Secret code = issue(T0);

    assertThat(codes.redeem(CANDIDATE, CodePurpose.EMAIL_VERIFICATION, code, T0.plus(Duration.ofMinutes(10))))
        .isEqualTo(VerificationCodes.Verdict.EXPIRED);
  }

  @Test
  void cooldownThrottlesAndTellsWhenToRetry() {
    issue(T0);

    assertThat(codes.issue(CANDIDATE, CodePurpose.EMAIL_VERIFICATION, T0.plusSeconds(30)))
        .isEqualTo(new VerificationCodes.Throttled(T0.plusSeconds(60)));
  }

  @Test
  void revokedCodeNoLongerWorks() {
    Secret code = issue(T0);
    codes.revoke(CANDIDATE, CodePurpose.EMAIL_VERIFICATION);

    assertThat(codes.redeem(CANDIDATE, CodePurpose.EMAIL_VERIFICATION, code, T0))
        .isEqualTo(VerificationCodes.Verdict.NONE);
  }

  @Test
  void codesAreUniformlySpreadDigits() {
    int[] counts = new int[10];
    for (int i = 0; i < 200; i++) {
      for (char c : issue(T0.plus(Duration.ofMinutes(2L * i))).reveal().toCharArray()) {
        counts[c - '0']++;
      }
      codes.forget(CANDIDATE, CodePurpose.EMAIL_VERIFICATION);
    }

    // 1,200 digits: each should appear about 120 times; 60 is far outside chance
    for (int count : counts) {
      assertThat(count).isGreaterThan(60);
    }
  }
}
