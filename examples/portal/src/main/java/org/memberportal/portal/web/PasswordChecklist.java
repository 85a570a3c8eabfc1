/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.memberportal.account.credential.PasswordPolicy;
import org.memberportal.account.credential.PasswordRule;

/**
 * The password rules as the sign-up page's checklist: the policy's rules in its order, each marked when the
 * library refused the password for it. The rules a browser can check ({@link #live}) tick as one types (the
 * page's script); the others are checked when the form is sent.
 *
 * @param rule the rule
 * @param minLength the policy's minimum length (the length rule's label says it)
 * @param broken whether the last submission broke it
 */
public record PasswordChecklist(PasswordRule rule, int minLength, boolean broken) {

  private static final Set<PasswordRule> LIVE = EnumSet.of(PasswordRule.MIN_LENGTH, PasswordRule.UPPERCASE,
      PasswordRule.LOWERCASE, PasswordRule.DIGIT, PasswordRule.SYMBOL, PasswordRule.CONFIRMED);

  private static final Set<PasswordRule> SHOWN = EnumSet.complementOf(EnumSet.of(PasswordRule.MAX_LENGTH,
      PasswordRule.WELL_FORMED));

  /**
   * The checklist of a policy after a submission.
   *
   * @param policy the policy
   * @param feedback the library's last refusal of the form
   * @return the items
   */
  static List<PasswordChecklist> of(PasswordPolicy policy, Feedback feedback) {
    return policy.rules().stream().filter(SHOWN::contains)
        .map(rule -> new PasswordChecklist(rule, policy.minLength(), feedback.codes().contains(rule.code())))
        .toList();
  }

  /**
   * Whether the page's script checks the rule as one types.
   *
   * @return true for the composition, length and confirmation rules
   */
  public boolean live() {
    return LIVE.contains(rule);
  }
}
