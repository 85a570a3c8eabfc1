/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.web;

import org.memberportal.portal.json.Decision;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The pages' language switch: any page with {@code ?lang=} and a language of the set ({@code ?lang=ar},
 * {@code ?lang=zh}...) changes the language, which the locale resolver remembers (a cookie); a language outside the
 * set is read as the set's fall-back ({@link org.memberportal.portal.language.ReaderLanguage}). And a
 * {@link Decision} in a path, as its segment reads.
 */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

  /** Makes the configuration. */
  public WebConfiguration() {}

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor change = new LocaleChangeInterceptor();
    change.setParamName("lang");
    change.setIgnoreInvalidLocale(true);
    registry.addInterceptor(change);
  }

  @Override
  public void addFormatters(FormatterRegistry registry) {
    registry.addConverter(String.class, Decision.class, Decision::of);
  }
}
