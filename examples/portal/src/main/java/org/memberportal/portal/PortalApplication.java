/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The portal as a service. */
@SpringBootApplication
public class PortalApplication {

  /**
   * Starts the portal.
   *
   * @param args Spring Boot's command line
   */
  public static void main(String[] args) {
    SpringApplication.run(PortalApplication.class, args);
  }
}
