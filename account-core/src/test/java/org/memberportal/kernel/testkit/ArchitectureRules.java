/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel.testkit;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.memberportal.kernel.EventBus;

/**
 * The architecture rules every module checks on its own production classes: dependencies point one way down
 * the module list, and domain code imports no framework.
 */
public final class ArchitectureRules {

  /** Root packages of the modules, in dependency order (a module may use those before it, never after). */
  public static final List<String> MODULES = List.of(
      "org.memberportal.kernel",
      "org.memberportal.account",
      "org.memberportal.affiliation",
      "org.memberportal.ties",
      "org.memberportal.careers",
      "org.memberportal.postgres",
      "org.memberportal.mail",
      "org.memberportal.examples");

  /** What domain code may import besides the library itself. */
  public static final List<String> DOMAIN_MAY_IMPORT = List.of(
      "java..",
      "jakarta.validation..",
      "org.immutables..",
      "org.jspecify..",
      "org.apiguardian..",
      "org.slf4j..");

  private ArchitectureRules() {}

  /**
   * The production classes of the given packages.
   *
   * @param packages root packages
   * @return the imported classes
   */
  public static JavaClasses production(String... packages) {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(packages);
  }

  /**
   * Classes of a module use no module that comes after it, nor a sibling it does not declare.
   *
   * @param module the module's root package
   * @param forbidden root packages of the modules it must not use
   * @return the rule
   */
  public static ArchRule moduleDoesNotUse(String module, String... forbidden) {
    List<String> patterns = new ArrayList<>();
    for (String f : forbidden) {
      patterns.add(f + "..");
    }
    return noClasses().that().resideInAPackage(module + "..")
        .should().dependOnClassesThat().resideInAnyPackage(patterns.toArray(String[]::new))
        .because("module dependencies point one way: kernel <- account <- affiliation <- ties; account <- careers")
        .allowEmptyShould(true);
  }

  /**
   * Domain classes of a module import only the JDK, the annotations and validation API, the library's own
   * packages, and the listed extra packages (e.g. a hashing library in the credential package).
   *
   * @param module the module's root package
   * @param alsoAllowed further allowed package patterns
   * @return the rule
   */
  public static ArchRule domainImportsNoFramework(String module, String... alsoAllowed) {
    List<String> allowed = new ArrayList<>(DOMAIN_MAY_IMPORT);
    allowed.add("org.memberportal..");
    allowed.addAll(List.of(alsoAllowed));
    return ArchRuleDefinition.classes().that().resideInAPackage(module + "..")
        .should().onlyDependOnClassesThat().resideInAnyPackage(allowed.toArray(String[]::new))
        .because("the domain model stays free of frameworks")
        .allowEmptyShould(true);
  }

  /**
   * A module subscribes on the event bus only from its policy wiring: the {@code *Policies} class of its
   * {@code policy} package (e.g. {@code AffiliationPolicies.wire}), which subscribes the module's event reactions,
   * each a class of that package. No other class of the module's whole package tree subscribes, the reactions
   * themselves included; a module without a wiring class (account-core) subscribes nothing.
   *
   * @param module the module's root package
   * @return the rule
   */
  public static ArchRule subscribesOnlyFromPolicyWiring(String module) {
    DescribedPredicate<JavaClass> wiring = resideInAPackage(module + ".policy")
        .and(simpleNameEndingWith("Policies")).as("the module's policy wiring");
    return noClasses().that(resideInAPackage(module + "..").and(not(wiring)))
        .should().callMethod(EventBus.class, "subscribe", Class.class, Consumer.class)
        .because("event reactions are policies, each module wiring all of its policies in one place")
        .allowEmptyShould(true);
  }
}
