/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;
import org.memberportal.kernel.Actor;

/**
 * Keeps the hostile-input scenes and the authorisation matrix complete: the public methods of every service of
 * every module are found by reflection (the account service, its second factors, and every service the
 * affiliation, TIES and careers module facades hand out), and each must be in the suites. A new command added to a module without a row here
 * fails the build.
 */
class CoverageTests {

  /**
   * Public methods that are deliberately in neither suite, with the reason. Methods without parameters (reference
   * data such as the password policy, and the policies' {@code subscribe()} wiring) take no input and are left
   * out by rule, as are methods marked {@code @API(status = INTERNAL)}.
   */
  private static final Map<String, String> EXEMPT = Map.of(
      "FocalPoints.vacateTiesSeat", "internal: called by the affiliation workflow inside its own authorised command");

  /**
   * The services a host embedding the library gets: the user accounts, their second factors
   * ({@code UserAccounts.secondFactors()}) and what the module facades return.
   *
   * @return each service's class, by simple name
   */
  static Map<String, Class<?>> services() {
    Portal portal = new Portal();
    Map<String, Class<?>> out = new LinkedHashMap<>();
    out.put(portal.accounts.getClass().getSimpleName(), portal.accounts.getClass());
    out.put(portal.accounts.secondFactors().getClass().getSimpleName(), portal.accounts.secondFactors().getClass());
    for (Object facade : List.of(portal.affiliation, portal.ties, portal.careers)) {
      for (Method m : facade.getClass().getMethods()) {
        Class<?> type = m.getReturnType();
        if (m.getDeclaringClass() == facade.getClass() && !Modifier.isStatic(m.getModifiers())
            && m.getParameterCount() == 0 && !type.isInterface() && !type.isPrimitive()
            && type.getPackageName().startsWith("org.memberportal.") && !internal(m)) {
          out.put(type.getSimpleName(), type);
        }
      }
    }
    return out;
  }

  private static boolean internal(Method m) {
    API api = m.getAnnotation(API.class);
    return api != null && api.status() == API.Status.INTERNAL;
  }

  /** Every public instance method of the services that takes input, as {@code Service.method}. */
  static Map<String, Method> publicMethods() {
    Map<String, Method> out = new LinkedHashMap<>();
    services().forEach((name, type) -> {
      for (Method m : type.getDeclaredMethods()) {
        if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic()
            && !m.isBridge() && m.getParameterCount() > 0 && !internal(m)
            && !EXEMPT.containsKey(name + "." + m.getName())) {
          out.put(name + "." + m.getName(), m);
        }
      }
    });
    return out;
  }

  private static boolean takesAnActor(Method m) {
    return Arrays.stream(m.getParameterTypes()).anyMatch(Actor.class::isAssignableFrom);
  }

  @Test
  void reflectionFindsTheServicesOfEveryModule() {
    assertThat(services().keySet()).contains("UserAccounts", "SecondFactors", "Organisations", "FocalPoints", "Affiliations",
        "ManageMyUsers", "Reminders", "TiesAccess", "TiesFocalPoints", "MyRequests", "CareersAccounts",
        "CandidateProfiles", "Privacy", "VacancyDesk", "JobOpenings", "ApplicationDesk", "JobAlerts",
        "TalentSearch");
    assertThat(publicMethods()).hasSizeGreaterThan(80);
  }

  @Test
  void everyPublicCommandAndQueryWithAnActorIsInTheAuthorisationMatrix() {
    Set<String> inMatrix = AuthorisationMatrixTests.commands().stream().map(AuthorisationMatrixTests.Command::method)
        .collect(Collectors.toSet());
    List<String> missing = new ArrayList<>();
    publicMethods().forEach((name, m) -> {
      if (takesAnActor(m) && !inMatrix.contains(name)) {
        missing.add(name);
      }
    });
    assertThat(missing).as("public methods taking an actor that have no row in the authorisation matrix")
        .isEmpty();
  }

  @Test
  void everyPublicMethodTakingInputMeetsHostileValues() {
    Set<String> scenes = HostileScene.COMMANDS.stream().map(HostileScene.Command::name).collect(Collectors.toSet());
    assertThat(new TreeSet<>(publicMethods().keySet())).as("public methods missing from the hostile-input scenes")
        .allMatch(scenes::contains);
  }

  @Test
  void theSuitesNameOnlyMethodsThatExist() {
    Map<String, Method> methods = publicMethods();
    Set<String> services = services().keySet();
    assertThat(AuthorisationMatrixTests.commands()).as("matrix rows naming a method that is not public or not there")
        .allMatch(c -> methods.containsKey(c.method()));
    assertThat(HostileScene.COMMANDS.stream().map(HostileScene.Command::name)
        .filter(n -> services.contains(n.substring(0, n.indexOf('.')))))
        .as("hostile scenes naming a service method that is not there").allMatch(methods::containsKey);
  }
}
