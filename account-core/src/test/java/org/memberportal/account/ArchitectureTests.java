/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import static org.memberportal.kernel.testkit.ArchitectureRules.domainImportsNoFramework;
import static org.memberportal.kernel.testkit.ArchitectureRules.moduleDoesNotUse;
import static org.memberportal.kernel.testkit.ArchitectureRules.production;
import static org.memberportal.kernel.testkit.ArchitectureRules.subscribesOnlyFromPolicyWiring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

class ArchitectureTests {

  private static final JavaClasses CLASSES = production("org.memberportal.kernel", "org.memberportal.account");

  @Test
  void kernelUsesNoModule() {
    moduleDoesNotUse("org.memberportal.kernel", "org.memberportal.account", "org.memberportal.affiliation",
        "org.memberportal.ties", "org.memberportal.careers", "org.memberportal.examples")
        .check(CLASSES);
  }

  @Test
  void accountsUseNoLaterModule() {
    moduleDoesNotUse("org.memberportal.account", "org.memberportal.affiliation", "org.memberportal.ties",
        "org.memberportal.careers", "org.memberportal.examples")
        .check(CLASSES);
  }

  @Test
  void kernelImportsNoFrameworkButItsValidatorAndUnicodeLibrary() {
    domainImportsNoFramework("org.memberportal.kernel", "org.hibernate.validator..", "com.ibm.icu..").check(CLASSES);
  }

  @Test
  void accountDomainImportsNoFramework() {
    // javax.crypto is the JDK's (the second factor's TOTP, AES-GCM and HMAC: docs/decisions/0006), no framework
    domainImportsNoFramework("org.memberportal.account", "org.bouncycastle..", "me.gosimple.nbvcxz..", "javax.crypto..")
        .check(CLASSES);
  }

  @Test
  void nothingSubscribesOnTheEventBus() {
    // account-core has no policy: no class of the kernel or of the accounts subscribes
    subscribesOnlyFromPolicyWiring("org.memberportal.kernel").check(CLASSES);
    subscribesOnlyFromPolicyWiring("org.memberportal.account").check(CLASSES);
  }

  @Test
  void reusableCredentialMachineryKnowsNothingOfTheUserAccount() {
    // Careers reuses these packages for candidate accounts: they must not depend on the user-account aggregate
    noClasses().that().resideInAnyPackage("org.memberportal.account.credential..",
            "org.memberportal.account.verification..", "org.memberportal.account.recovery..",
            "org.memberportal.account.signin..")
        .should().dependOnClassesThat().resideInAPackage("org.memberportal.account")
        .check(CLASSES);
  }
}
