/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.affiliation.port.OrganisationRegister;
import org.memberportal.careers.profile.RemoveEntry;
import org.memberportal.portal.json.Commands;
import org.memberportal.portal.json.Reads;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * What the end-to-end tests put into the portal beside its own beans (only with {@code portal.test.doubles=true},
 * which {@link PortalTest} sets; the application that {@code PortalApplicationTests} starts has none): a database
 * that fails for one organisation, and an endpoint that reads a command whose strict builder requires attributes.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "portal.test.doubles", havingValue = "true")
class TestDoubles {

  /** The organisation whose look-up fails as a broken database would. */
  static final OrganisationId DOWN = OrganisationId.of("00000000-0000-0000-0000-00000000dead");

  /**
   * The organisation register, failing on {@link #DOWN} with an exception of the port's own (not the library's).
   *
   * @return the wrapper
   */
  @Bean
  static BeanPostProcessor databaseDownForOneOrganisation() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        if (!(bean instanceof OrganisationRegister register)) {
          return bean;
        }
        return Proxy.newProxyInstance(OrganisationRegister.class.getClassLoader(),
            new Class<?>[] {OrganisationRegister.class}, (proxy, method, args) -> {
              if (args != null && args.length > 0 && DOWN.equals(args[0])) {
                throw new IllegalStateException("the test's database is down for " + DOWN);
              }
              try {
                return method.invoke(register, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
      }
    };
  }

  /** Reads careers-core's {@code RemoveEntry}, whose builder requires {@code candidate} and {@code expectedVersion}. */
  @RestController
  @ConditionalOnProperty(name = "portal.test.doubles", havingValue = "true")
  static class StrictBuilder {

    private final Commands commands;

    StrictBuilder(Commands commands) {
      this.commands = commands;
    }

    @PostMapping("/test/strict-builder")
    @Reads(RemoveEntry.class)
    RemoveEntry read(@RequestBody JsonNode body) {
      return commands.read(body, RemoveEntry.class);
    }
  }
}
