/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.candidate;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.memberportal.account.credential.CredentialCheck;
import org.memberportal.account.credential.Credentials;
import org.memberportal.account.recovery.PasswordReset;
import org.memberportal.account.signin.SignInThrottle;
import org.memberportal.account.verification.VerificationCodes;
import org.memberportal.kernel.testkit.ArchitectureRules;

class ReuseOfAccountMachineryTests {

  private static final JavaClasses CLASSES = ArchitectureRules.production("org.memberportal.careers");

  @Test
  void careersAccountsUseTheAccountModulesCredentialCodeThrottleAndRecovery() {
    // the one credential flow of account-core, which holds the codes, the throttle and the recovery
    classes().that().haveSimpleName("CareersAccounts")
        .should().dependOnClassesThat().belongToAnyOf(Credentials.class)
        .check(CLASSES);
    noClasses().that().resideInAPackage("org.memberportal.careers..")
        .should().accessClassesThat().belongToAnyOf(VerificationCodes.class, PasswordReset.class,
            SignInThrottle.class, CredentialCheck.class)
        .because("careers runs the credential flows written once in account-core, not a copy of them")
        .check(CLASSES);
  }

  @Test
  void careersHasNoCopyOfPasswordOrCodeMachinery() {
    noClasses().that().resideInAPackage("org.memberportal.careers..")
        .should().haveSimpleNameContaining("PasswordPolicy")
        .orShould().haveSimpleNameContaining("Hashing")
        .orShould().haveSimpleNameContaining("VerificationCodes")
        .orShould().haveSimpleNameContaining("Throttle")
        .check(CLASSES);
  }
}
