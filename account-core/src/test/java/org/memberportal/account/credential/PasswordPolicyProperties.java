/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.credential;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.memberportal.account.testkit.AccountArbitraries;
import org.memberportal.kernel.Secret;

class PasswordPolicyProperties {

  private static final PasswordContext CONTEXT = PasswordContext.of("ada.l@example.org", "Ada", "Lovelace");

  @Provide
  Arbitrary<String> candidates() {
    return AccountArbitraries.passwordCandidates();
  }

  @Provide
  Arbitrary<String> strong() {
    return AccountArbitraries.strongPasswords();
  }

  /** An oracle written independently of the policy, from the seed's sentence. */
  private static boolean seedAccepts(String p) {
    int length = p.codePointCount(0, p.length());
    String lower = p.toLowerCase(Locale.ROOT);
    return length >= 8 && length <= 128
        && p.matches("(?s).*\\p{Lu}.*")
        && p.matches("(?s).*\\p{Ll}.*")
        && p.matches("(?s).*\\p{Nd}.*")
        && p.matches("(?s).*[^\\p{L}\\p{Nd}\\s].*")
        && !lower.contains("ada") && !lower.contains("lovelace")
        && !CommonPasswords.contains(p);
  }

  @Property(tries = 500)
  void seedPolicyAcceptsExactlyThePasswordsThatSatisfyAllRules(@ForAll("candidates") String password) {
    boolean accepted = PasswordPolicy.seed().broken(Secret.of(password), Secret.of(password), CONTEXT).isEmpty();

    assertThat(accepted).isEqualTo(seedAccepts(password));
  }

  @Property(tries = 300)
  void generatedStrongPasswordsAreAccepted(@ForAll("strong") String password) {
    assertThat(PasswordPolicy.seed().broken(Secret.of(password), Secret.of(password), CONTEXT)).isEmpty();
  }

  @Property(tries = 300)
  void aMismatchedConfirmationIsAlwaysReported(@ForAll("candidates") String password) {
    assertThat(PasswordPolicy.seed().broken(Secret.of(password), Secret.of(password + "x"), CONTEXT))
        .contains(PasswordRule.CONFIRMED);
  }

  @Property(tries = 300)
  void eachViolationNamesOneBrokenRule(@ForAll("candidates") String password) {
    PasswordPolicy policy = PasswordPolicy.seed();
    var broken = policy.broken(Secret.of(password), Secret.of(password), CONTEXT);
    var violations = policy.violations("password", Secret.of(password), Secret.of(password), CONTEXT,
        Locale.FRENCH);

    assertThat(violations).extracting(v -> v.code())
        .containsExactlyElementsOf(broken.stream().map(PasswordRule::code).toList());
  }
}
