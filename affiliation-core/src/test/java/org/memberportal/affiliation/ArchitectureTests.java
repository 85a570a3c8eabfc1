/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation;

import static org.memberportal.kernel.testkit.ArchitectureRules.domainImportsNoFramework;
import static org.memberportal.kernel.testkit.ArchitectureRules.moduleDoesNotUse;
import static org.memberportal.kernel.testkit.ArchitectureRules.production;
import static org.memberportal.kernel.testkit.ArchitectureRules.subscribesOnlyFromPolicyWiring;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

class ArchitectureTests {

  private static final JavaClasses CLASSES = production("org.memberportal.affiliation");

  @Test
  void moduleUsesOnlyTheModulesBeforeIt() {
    moduleDoesNotUse("org.memberportal.affiliation", "org.memberportal.ties", "org.memberportal.careers", "org.memberportal.examples").check(CLASSES);
  }

  @Test
  void domainIsFreeOfFrameworks() {
    domainImportsNoFramework("org.memberportal.affiliation").check(CLASSES);
  }

  @Test
  void eventBusSubscriptionsAreMadeOnlyByThePolicyWiring() {
    subscribesOnlyFromPolicyWiring("org.memberportal.affiliation").check(CLASSES);
  }
}
