/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.language;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.TimeZone;
import org.jspecify.annotations.Nullable;
import org.memberportal.kernel.Languages;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

/**
 * The language a request is answered in, always one of the library's {@link Languages#current() language set}
 * (the pages, the sentences of the API's problem details and the library's messages alike). In order: the
 * language chosen on a page ({@code ?lang=}, remembered a year in the {@code portal-language} cookie); else the
 * signed-in person's preferred language, kept in the session at sign-in; else the first language of
 * {@code Accept-Language} that the set speaks; else the set's fall-back. A language outside the set (a cookie or
 * {@code ?lang=de}) is answered in the fall-back, never in the JVM's language; a regional variant is answered in
 * its language ({@code fr-CH} in French, {@code zh-Hans-CN} in Chinese).
 */
public class ReaderLanguage extends CookieLocaleResolver {

  /** The cookie that remembers the language chosen on a page. */
  public static final String COOKIE = "portal-language";

  /** Makes the resolver. */
  public ReaderLanguage() {
    super(COOKIE);
    setCookieMaxAge(Duration.ofDays(365));
    setCookieSameSite("Lax");
    setDefaultLocaleFunction(ReaderLanguage::preferred);
  }

  @Override
  public Locale resolveLocale(HttpServletRequest request) {
    return Languages.current().resolve(super.resolveLocale(request));
  }

  @Override
  public LocaleContext resolveLocaleContext(HttpServletRequest request) {
    LocaleContext chosen = super.resolveLocaleContext(request);
    return new SimpleTimeZoneAwareLocaleContext(Languages.current().resolve(chosen.getLocale()),
        chosen instanceof TimeZoneAwareLocaleContext zoned ? zoned.getTimeZone() : null);
  }

  @Override
  public void setLocaleContext(HttpServletRequest request, @Nullable HttpServletResponse response,
      @Nullable LocaleContext chosen) {
    Locale locale = chosen == null ? null : chosen.getLocale();
    TimeZone zone = chosen instanceof TimeZoneAwareLocaleContext zoned ? zoned.getTimeZone() : null;
    super.setLocaleContext(request, response, locale == null ? chosen
        : new SimpleTimeZoneAwareLocaleContext(Languages.current().resolve(locale), zone));
  }

  private static Locale preferred(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object kept = session == null ? null : session.getAttribute(SessionLocaleResolver.LOCALE_SESSION_ATTRIBUTE_NAME);
    if (kept instanceof Locale locale) {
      return locale;
    }
    Languages languages = Languages.current();
    if (request.getHeader("Accept-Language") != null) {
      for (Locale asked : Collections.list(request.getLocales())) {
        if (languages.speaks(asked)) {
          return languages.resolve(asked);
        }
      }
    }
    return languages.fallback();
  }
}
