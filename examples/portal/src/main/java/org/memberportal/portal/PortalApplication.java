/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal;

import org.memberportal.portal.json.PortalJson;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The portal as a service: the library as beans (the starter), an HTTP API for every screen of the seeds, errors as
 * problem details, sessions and abuse control, and an embedded default that needs nothing installed.
 */
@SpringBootApplication
public class PortalApplication {

  /** Makes the application (Spring does). */
  public PortalApplication() {}

  /**
   * The JSON contract, which Spring Boot adds to its mapper (decision 0004).
   *
   * @return the module
   */
  @Bean
  public PortalJson portalJson() {
    return new PortalJson();
  }

  /**
   * Starts the portal.
   *
   * @param args Spring Boot's command line
   */
  public static void main(String[] args) {
    SpringApplication.run(PortalApplication.class, args);
  }
}
