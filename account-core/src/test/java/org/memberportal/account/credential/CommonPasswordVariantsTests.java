/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.credential;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.memberportal.account.testkit.PasswordEdges;
import org.memberportal.kernel.Secret;

/**
 * Common passwords as people write them to meet "upper, lower, digit, symbol" (A2; ASVS 5.0 6.2.4): the policy
 * compares their base form with the list, and still lets random passphrases through.
 */
class CommonPasswordVariantsTests {

  private static final PasswordPolicy SEED = PasswordPolicy.seed();

  private static java.util.Set<PasswordRule> broken(String password, PasswordContext context) {
    return SEED.broken(Secret.of(password), Secret.of(password), context);
  }

  @Test
  void decoratedCommonPasswordsAreCommon() {
    for (String decorated : List.of("Password1!", "Welcome@2024", "P@ssw0rd123", "Dragon!123", "2024Summer!",
        "#1Football", "pASSWORD1!", "Tru$tno1!", "Monkey_1987", "L3tm3in!!", "Ｐａｓｓｗｏｒｄ１！")) {
      assertThat(broken(decorated, PasswordContext.none())).as(decorated).containsExactly(PasswordRule.NOT_COMMON);
    }
  }

  @Test
  void ninetyFivePercentOfTheDecoratedMostCommonPasswordsAreRefused() {
    PasswordEdges.Refusals figures = PasswordEdges.decoratedCommonPasswords(17);
    System.out.println("decorated variants of the 10,000 most common passwords: " + figures
        + "; accepted, e.g. " + figures.examples());

    assertThat(figures.tried()).isGreaterThan(40_000);
    assertThat(figures.share()).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void fewerThanOnePercentOfRandomPassphrasesAreRefused() {
    PasswordEdges.Refusals seed = PasswordEdges.passphrases(SEED, 10_000, 17, "-");
    PasswordEdges.Refusals nist = PasswordEdges.passphrases(PasswordPolicy.nist(), 10_000, 17, " ");
    System.out.println("random four-word passphrases, seed policy: " + seed + ", e.g. " + seed.examples());
    System.out.println("random four-word passphrases, NIST policy: " + nist + ", e.g. " + nist.examples());

    assertThat(seed.share()).isLessThan(0.01);
    assertThat(nist.share()).isLessThan(0.01);
  }
}
