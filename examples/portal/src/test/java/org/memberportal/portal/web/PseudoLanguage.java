/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/**
 * A pseudo-language for the end-to-end tests (only with {@code portal.test.doubles=true}): a reader with the
 * {@code portal-pseudo} cookie reads the pages in the private-use language {@code qps}, in which every sentence
 * of the portal's bundle is the English one, accented and wrapped in {@code ⟦...⟧} (made here, at run time, from
 * {@code messages.properties}: no file of it exists). Any text of a page outside the brackets did not come from a
 * bundle. Every other reader is untouched.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "portal.test.doubles", havingValue = "true")
class PseudoLanguage {

  static final String COOKIE = "portal-pseudo";
  static final Locale PSEUDO = Locale.forLanguageTag("qps");
  static final String OPEN = "⟦";
  static final String CLOSE = "⟧";
  private static final String PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final String ACCENTED = "áƀçďéƒĝĥíĵķĺɱñóþǫŕšţúṽŵẋýžÁƁÇĎÉƑĜĤÍĴĶĹṀÑÓÞǪŔŠŢÚṼŴẊÝŽ";

  /**
   * Puts the pseudo-language before the portal's language resolver and sentences.
   *
   * @return the wrapper
   */
  @Bean
  static BeanPostProcessor pseudoLanguageFirst() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof MessageSource sentences && "messageSource".equals(name)) {
          return new Sentences(sentences);
        }
        if (bean instanceof LocaleResolver resolver && "localeResolver".equals(name)) {
          return new Reader(resolver);
        }
        return bean;
      }
    };
  }

  /** A sentence in the pseudo-language: the English, accented, in brackets. */
  static String pseudo(String english) {
    StringBuilder accented = new StringBuilder(OPEN);
    english.chars().forEach(c -> accented.append(PLAIN.indexOf(c) < 0 ? (char) c : ACCENTED.charAt(PLAIN.indexOf(c))));
    return accented.append(CLOSE).toString();
  }

  private static boolean pseudo(@Nullable Locale locale) {
    return locale != null && PSEUDO.getLanguage().equals(locale.getLanguage());
  }

  private record Sentences(MessageSource english) implements MessageSource {

    @Override
    public @Nullable String getMessage(String code, Object @Nullable [] args, @Nullable String defaultMessage,
        @Nullable Locale locale) {
      if (!pseudo(locale)) {
        return english.getMessage(code, args, defaultMessage, locale);
      }
      String sentence = english.getMessage(code, args, null, Locale.ENGLISH);
      return sentence == null ? defaultMessage : pseudo(sentence);
    }

    @Override
    public String getMessage(String code, Object @Nullable [] args, Locale locale) {
      return pseudo(locale) ? pseudo(english.getMessage(code, args, Locale.ENGLISH))
          : english.getMessage(code, args, locale);
    }

    @Override
    public String getMessage(MessageSourceResolvable resolvable, Locale locale) {
      return pseudo(locale) ? pseudo(english.getMessage(resolvable, Locale.ENGLISH))
          : english.getMessage(resolvable, locale);
    }
  }

  private record Reader(LocaleResolver language) implements LocaleResolver {

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
      Cookie[] cookies = request.getCookies();
      return cookies != null && Arrays.stream(cookies).anyMatch(c -> COOKIE.equals(c.getName())) ? PSEUDO
          : language.resolveLocale(request);
    }

    @Override
    public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response,
        @Nullable Locale locale) {
      language.setLocale(request, response, locale);
    }
  }
}
