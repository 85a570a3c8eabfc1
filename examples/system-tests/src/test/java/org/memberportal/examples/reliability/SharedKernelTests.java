/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.memberportal.kernel.Actor;

/**
 * The kernel knows no module (issue 18, item 5): a role, a kind of actor or an identifier that only one module
 * uses belongs to that module (as careers-core's {@code CareersRole}, {@code Candidate}, {@code Recruiter} and
 * {@code CandidateId} do), so the kernel declares no role type, and each of its kinds of actor is named by the
 * production code of at least two of the four modules, as is each of its identifiers unless it identifies a
 * shared kind of actor ({@code StaffId} of {@code Actor.Operator}). account-core's
 * {@code ArchitectureTests.kernelUsesNoModule} holds the other direction.
 */
class SharedKernelTests {

  private static final List<String> MODULES = List.of(
      "org.memberportal.account", "org.memberportal.affiliation", "org.memberportal.ties", "org.memberportal.careers");

  private static final JavaClasses LIBRARY = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .withImportOption(location -> !location.contains("-tests.jar"))
      .importPackages("org.memberportal");

  @Test
  void theKernelDeclaresNoRoles() {
    assertThat(kernelTypes().filter(c -> c.getSimpleName().endsWith("Role") || c.getName().contains("Role$"))
        .map(JavaClass::getName)).isEmpty();
  }

  @Test
  void everyKindOfActorInTheKernelServesTwoModules() {
    List<JavaClass> kinds = kernelTypes().filter(c -> c.isAssignableTo(Actor.class) && !c.isInterface()).toList();
    assertThat(kinds).extracting(JavaClass::getSimpleName)
        .containsExactlyInAnyOrder("Anonymous", "AccountHolder", "Operator", "System");
    assertThat(kinds.stream().filter(c -> modulesNaming(c).size() < 2).map(c -> c.getName() + " " + modulesNaming(c)))
        .isEmpty();
  }

  @Test
  void everyIdentifierInTheKernelServesTwoModulesOrASharedActor() {
    Set<String> actorIds = kernelTypes().filter(c -> c.isAssignableTo(Actor.class) && c.isRecord())
        .flatMap(c -> Arrays.stream(c.reflect().getRecordComponents())).map(r -> r.getType().getName())
        .collect(Collectors.toSet());
    List<JavaClass> ids = kernelTypes().filter(c -> c.isRecord() && c.getSimpleName().endsWith("Id")).toList();
    assertThat(ids).extracting(JavaClass::getSimpleName).contains("AccountId", "StaffId");
    assertThat(ids.stream().filter(c -> modulesNaming(c).size() < 2 && !actorIds.contains(c.getName()))
        .map(c -> c.getName() + " " + modulesNaming(c))).isEmpty();
  }

  private static Stream<JavaClass> kernelTypes() {
    return LIBRARY.stream().filter(c -> c.getPackageName().equals("org.memberportal.kernel"));
  }

  private static Set<String> modulesNaming(JavaClass type) {
    Set<String> modules = new TreeSet<>();
    for (Dependency d : type.getDirectDependenciesToSelf()) {
      JavaClass origin = d.getOriginClass();
      MODULES.stream().filter(m -> origin.getPackageName().startsWith(m)).findFirst().ifPresent(modules::add);
    }
    return modules;
  }
}
