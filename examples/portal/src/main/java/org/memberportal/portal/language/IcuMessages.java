/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.language;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The portal's sentences ({@code messages*.properties}, UTF-8), formatted with ICU4J's {@link MessageFormat}: a
 * sentence with a number chooses its form by the language's CLDR plural rules ({@code {0, plural, one {...} other
 * {...}}}; Arabic has six forms, Russian three), numbers and dates follow the language. In a right-to-left language
 * each argument is isolated (U+2068 ... U+2069, as {@code <bdi>} does), so that an address, a code or a Latin name
 * inside an Arabic sentence keeps its own direction and does not carry the punctuation around it away. A sentence
 * without arguments is the bundle's text as it is.
 */
public class IcuMessages extends ResourceBundleMessageSource {

  private static final String ISOLATE = "\u2068";
  private static final String END_ISOLATE = "\u2069";

  /** Reads {@code messages*.properties} as UTF-8, never in the JVM's own language. */
  public IcuMessages() {
    setBasename("messages");
    setDefaultEncoding("UTF-8");
    setFallbackToSystemLocale(false);
  }

  @Override
  protected @Nullable String getMessageInternal(@Nullable String code, Object @Nullable [] args,
      @Nullable Locale locale) {
    if (code == null || args == null || args.length == 0 || locale == null) {
      return super.getMessageInternal(code, args, locale);
    }
    String pattern = resolveCodeWithoutArguments(code, locale);
    if (pattern == null) {
      return super.getMessageInternal(code, args, locale);
    }
    ULocale language = ULocale.forLocale(locale);
    return new MessageFormat(pattern, language).format(isolated(resolveArguments(args, locale), language));
  }

  private static Object[] isolated(Object[] args, ULocale language) {
    if (!language.isRightToLeft()) {
      return args;
    }
    Object[] isolated = args.clone();
    for (int i = 0; i < isolated.length; i++) {
      if (isolated[i] instanceof CharSequence text) {
        isolated[i] = ISOLATE + text + END_ISOLATE;
      }
    }
    return isolated;
  }
}
