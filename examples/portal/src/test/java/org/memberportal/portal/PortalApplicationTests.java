/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The README's run command starts the portal and a request to it answers: the command builds this module and runs
 * its {@code exec:java}, whose main class is {@link PortalApplication}; this test runs that same {@code main} on
 * the embedded default (on a free port instead of 8080), asks the directory, and stops it.
 */
class PortalApplicationTests {

  /** The README's command, exactly. */
  static final String RUN = "mvn -q -DskipTests -pl examples/portal -am package exec:java";

  @Test
  void theReadmesRunCommandRunsThisMainClass() throws IOException {
    Path module = Path.of("").toAbsolutePath();
    String readme = Files.readString(module.resolve("../../README.md"), StandardCharsets.UTF_8);
    assertThat(readme).contains("```sh\n" + RUN + "\n```");
    assertThat(RUN).contains("-pl " + module.getParent().getFileName() + "/" + module.getFileName());
    String pom = Files.readString(module.resolve("pom.xml"), StandardCharsets.UTF_8);
    assertThat(pom).contains("<mainClass>" + PortalApplication.class.getName() + "</mainClass>");
  }

  @Test
  void theMainClassStartsThePortalOnTheEmbeddedDefaultAndItAnswers() throws IOException {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    AtomicReference<ConfigurableApplicationContext> started = new AtomicReference<>();
    SpringApplication.withHook(application -> new SpringApplicationRunListener() {
      @Override
      public void ready(ConfigurableApplicationContext context, Duration timeTaken) {
        started.set(context);
      }
    }, () -> PortalApplication.main(new String[] {"--server.port=" + port}));
    try (ConfigurableApplicationContext context = started.get()) {
      assertThat(context).as("the application started").isNotNull();
      Client.Answer directory = new Client(port).get("/api/organisations/membership-types");
      assertThat(directory.status()).as(directory.text()).isEqualTo(200);
      assertThat(directory.json().toString()).contains("SECTOR_MEMBER", "MEMBER_STATE");
    }
  }
}
