/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.spring;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The actor of a request: {@link PrincipalActors} unless the application has its own {@link ActorResolver}. */
@Configuration(proxyBeanMethods = false)
class ActorConfiguration {

  @Bean
  @ConditionalOnMissingBean
  ActorResolver memberPortalActorResolver() {
    return new PrincipalActors();
  }
}
