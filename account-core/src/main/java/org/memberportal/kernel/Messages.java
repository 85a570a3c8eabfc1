/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import jakarta.validation.MessageInterpolator;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;

/**
 * The rendering of {@link Validation}'s messages: the {@code ValidationMessages} bundles of every module merged,
 * then Hibernate Validator's own, then the key. A message with an ICU argument ({@code plural}, {@code select},
 * {@code number}) is formatted by ICU4J with the language's plural rules and number format; in any other message
 * each {@code {name}} is replaced.
 */
final class Messages {

  /** The library's bundles, every module's {@code ValidationMessages} merged. */
  static final PlatformResourceBundleLocator BUNDLES =
      new PlatformResourceBundleLocator(Validation.BUNDLE, Messages.class.getClassLoader(), true);
  private static final PlatformResourceBundleLocator BUILT_IN = new PlatformResourceBundleLocator(
      "org.hibernate.validator.ValidationMessages", Messages.class.getClassLoader(), false);
  private static final Pattern PARAMETER = Pattern.compile("\\{([\\w.-]+)}");
  /** An ICU argument with a style: {@code {count, plural, ...}}, {@code {kind, select, ...}}. */
  private static final Pattern ICU_ARGUMENT =
      Pattern.compile("\\{\\s*\\w+\\s*,\\s*(?:plural|selectordinal|select|number)\\b");
  private static final Map<Locale, Properties> OWN_MESSAGES = new ConcurrentHashMap<>();

  private Messages() {}

  /** {@return the message of the key in the language (one of the set's), its placeholders filled} */
  static String render(String key, Locale language, Map<String, ?> parameters) {
    String template = lookup(BUNDLES, key, language)
        .or(() -> lookup(BUILT_IN, key, language))
        .orElse(key);
    if (isIcuPattern(template)) {
      return formatIcu(template, language, parameters);
    }
    Matcher m = PARAMETER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Object value = parameters.get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : String.valueOf(value)));
    }
    return m.appendTail(out).toString();
  }

  /** {@return whether a bundle file of exactly the locale's language (the base files for English) has the key} */
  static boolean hasOwn(String key, Locale locale) {
    return OWN_MESSAGES.computeIfAbsent(Locale.forLanguageTag(locale.getLanguage()), Messages::ownMessages)
        .containsKey(key);
  }

  /**
   * {@return the interpolator of annotation messages: one whose bundle text is an ICU pattern rendered by ICU4J,
   * every other by Hibernate Validator's interpolation, both in the caller's language}
   */
  static MessageInterpolator interpolator(MessageInterpolator hibernate, Supplier<Locale> callerLocale) {
    return new PluralsFirst(hibernate, callerLocale);
  }

  private static Optional<String> lookup(PlatformResourceBundleLocator locator, String key, Locale locale) {
    ResourceBundle bundle = locator.getResourceBundle(locale);
    if (bundle == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(bundle.getString(key));
    } catch (MissingResourceException e) {
      return Optional.empty();
    }
  }

  private static boolean isIcuPattern(String template) {
    return ICU_ARGUMENT.matcher(template).find();
  }

  private static String formatIcu(String template, Locale language, Map<String, ?> arguments) {
    return new MessageFormat(template, ULocale.forLocale(language)).format(arguments);
  }

  /** The keys of every {@code ValidationMessages} file of exactly one language (the base files for English). */
  private static Properties ownMessages(Locale language) {
    Set<String> names = new LinkedHashSet<>();
    names.add(Validation.BUNDLE + "_" + language.getLanguage() + ".properties");
    if (language.getLanguage().equals("en")) {
      names.add(Validation.BUNDLE + ".properties");
    }
    Properties all = new Properties();
    try {
      for (String name : names) {
        for (URL url : Collections.list(Messages.class.getClassLoader().getResources(name))) {
          try (InputStream in = url.openStream()) {
            all.load(new InputStreamReader(in, StandardCharsets.UTF_8));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return all;
  }

  /**
   * Renders an annotation's message whose bundle text is an ICU pattern with ICU4J (the annotation's attributes
   * and {@code validatedValue} as arguments), and every other message with Hibernate Validator's interpolation.
   */
  private record PluralsFirst(MessageInterpolator hibernate, Supplier<Locale> callerLocale)
      implements MessageInterpolator {
    @Override
    public String interpolate(String template, Context context) {
      return interpolate(template, context, callerLocale.get());
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
      Locale language = Validation.language(locale);
      Optional<String> icu = template.startsWith("{") && template.endsWith("}")
          ? lookup(BUNDLES, template.substring(1, template.length() - 1), language).filter(Messages::isIcuPattern)
          : Optional.empty();
      if (icu.isEmpty()) {
        return hibernate.interpolate(template, context, language);
      }
      Map<String, Object> arguments = new HashMap<>(context.getConstraintDescriptor().getAttributes());
      arguments.put("validatedValue", context.getValidatedValue());
      return formatIcu(icu.get(), language, arguments);
    }
  }
}
