/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.candidate;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.memberportal.kernel.testkit.ArchitectureRules;

class ReuseOfAccountMachineryTests {

  private static final JavaClasses CLASSES = ArchitectureRules.production("org.memberportal.careers");

  @Test
  void careersAccountsUseTheAccountModulesCredentialCodeThrottleAndRecovery() {
    classes().that().haveSimpleName("CareersAccounts")
        .should().dependOnClassesThat().resideInAPackage("org.memberportal.account.credential..")
        .andShould().dependOnClassesThat().resideInAPackage("org.memberportal.account.verification..")
        .andShould().dependOnClassesThat().resideInAPackage("org.memberportal.account.signin..")
        .andShould().dependOnClassesThat().resideInAPackage("org.memberportal.account.recovery..")
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
