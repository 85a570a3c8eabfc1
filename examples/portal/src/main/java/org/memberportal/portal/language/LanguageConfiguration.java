/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.language;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.servlet.filter.OrderedFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleContextResolver;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The portal's languages: the library's language set decides which languages a request may be answered in
 * ({@link ReaderLanguage}), from the first filter on, so that the refusals of Spring Security and of the rate
 * limit are in it too; and the sentences are formatted with ICU4J ({@link IcuMessages}).
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

  /**
   * The request's language for the filters as well: right after Spring's own request context (which knows only
   * {@code Accept-Language}'s first language) and before Spring Security.
   *
   * @param resolver the request's language
   * @return the filter's registration
   */
  @Bean
  public FilterRegistrationBean<OncePerRequestFilter> readerLanguageFilter(LocaleResolver resolver) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
        new OncePerRequestFilter() {
          @Override
          protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
              FilterChain chain) throws ServletException, IOException {
            LocaleContext before = LocaleContextHolder.getLocaleContext();
            LocaleContextHolder.setLocaleContext(resolver instanceof LocaleContextResolver context
                ? context.resolveLocaleContext(request) : new SimpleLocaleContext(resolver.resolveLocale(request)));
            try {
              chain.doFilter(request, response);
            } finally {
              LocaleContextHolder.setLocaleContext(before);
            }
          }
        });
    // Boot's request context filter is at REQUEST_WRAPPER_FILTER_MAX_ORDER - 105, Spring Security's at - 100
    registration.setOrder(OrderedFilter.REQUEST_WRAPPER_FILTER_MAX_ORDER - 104);
    return registration;
  }
}
