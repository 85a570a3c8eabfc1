/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.memberportal.kernel.testkit.ArchitectureRules.domainImportsNoFramework;
import static org.memberportal.kernel.testkit.ArchitectureRules.moduleDoesNotUse;
import static org.memberportal.kernel.testkit.ArchitectureRules.production;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.memberportal.careers.policy.CareersPolicies;
import org.memberportal.kernel.EventBus;

class ArchitectureTests {

  private static final JavaClasses CLASSES = production("org.memberportal.careers");

  @Test
  void moduleUsesOnlyTheModulesBeforeIt() {
    moduleDoesNotUse("org.memberportal.careers", "org.memberportal.affiliation", "org.memberportal.ties", "org.memberportal.examples").check(CLASSES);
  }

  @Test
  void onlyThePolicyWiringSubscribesToEvents() {
    // the careers accounts' own subscription moves with the credential flow (issue 18): until then, candidate
    // is left out
    noClasses().that().resideOutsideOfPackage("org.memberportal.careers.candidate..")
        .and().doNotHaveFullyQualifiedName(CareersPolicies.class.getName())
        .should().callMethod(EventBus.class, "subscribe", Class.class, Consumer.class)
        .because("every careers policy is wired in one visible place, CareersPolicies")
        .check(CLASSES);
  }

  @Test
  void domainIsFreeOfFrameworks() {
    domainImportsNoFramework("org.memberportal.careers").check(CLASSES);
  }
}
