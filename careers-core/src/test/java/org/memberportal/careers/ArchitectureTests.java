/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers;

import static org.memberportal.kernel.testkit.ArchitectureRules.domainImportsNoFramework;
import static org.memberportal.kernel.testkit.ArchitectureRules.moduleDoesNotUse;
import static org.memberportal.kernel.testkit.ArchitectureRules.production;
import static org.memberportal.kernel.testkit.ArchitectureRules.subscribesOnlyFromPolicyWiring;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

class ArchitectureTests {

  private static final JavaClasses CLASSES = production("org.memberportal.careers");

  @Test
  void moduleUsesOnlyTheModulesBeforeIt() {
    moduleDoesNotUse("org.memberportal.careers", "org.memberportal.affiliation", "org.memberportal.ties", "org.memberportal.examples").check(CLASSES);
  }

  @Test
  void onlyThePolicyWiringSubscribesToEvents() {
    subscribesOnlyFromPolicyWiring("org.memberportal.careers").check(CLASSES);
  }

  @Test
  void domainIsFreeOfFrameworks() {
    domainImportsNoFramework("org.memberportal.careers").check(CLASSES);
  }
}
