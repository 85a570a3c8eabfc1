/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.language;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The portal's languages: the library's language set decides which languages a request may be answered in
 * ({@link ReaderLanguage}), and the sentences are formatted with ICU4J ({@link IcuMessages}).
 */
@Configuration(proxyBeanMethods = false)
public class LanguageConfiguration {

  /** Makes the configuration. */
  public LanguageConfiguration() {}

  /**
   * The request's language.
   *
   * @return the resolver
   */
  @Bean
  public LocaleResolver localeResolver() {
    return new ReaderLanguage();
  }

  /**
   * The portal's sentences (Spring Boot's own message source steps aside for a bean of this name).
   *
   * @return the sentences
   */
  @Bean
  public MessageSource messageSource() {
    return new IcuMessages();
  }
}
