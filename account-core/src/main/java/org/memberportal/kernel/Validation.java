/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * The library's one validator: Hibernate Validator, built once per process, that treats every no-argument
 * accessor ({@code email()}, not only {@code getEmail()}) as a property, and renders messages from the
 * {@code ValidationMessages} bundles of every module in the caller's language, one of {@link Languages#current()}
 * (any other locale is answered in the set's fall-back).
 *
 * <p>A message with a number is an ICU {@code MessageFormat} pattern with the language's plural rules, e.g.
 * {@code must have at most {max, plural, one {# character} other {# characters}}}; it is rendered by ICU4J with
 * the caller's language, whether it comes from an annotation (its attributes, such as {@code max}, and
 * {@code validatedValue} are the arguments) or from a rule checked in code. Any other annotation message goes
 * through Hibernate Validator's interpolation as usual ({@code {min}}-style parameters, expression language).
 *
 * <p>Each violation's code is the message key without braces; Jakarta's built-in constraints get a short
 * code ({@code {jakarta.validation.constraints.NotBlank.message}} becomes {@code not-blank}).
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class Validation {

  /** Name of the message bundles each module ships; all of them on the class path are merged. */
  public static final String BUNDLE = "ValidationMessages";

  /**
   * The two languages the library spoke before 0.2.0, no longer read by the library.
   *
   * @deprecated the library speaks {@link Languages#current()}; read its {@link Languages#all()}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  public static final Set<Locale> LANGUAGES = Set.of(Locale.ENGLISH, Locale.FRENCH);

  private static final Pattern BUILT_IN_KEY =
      Pattern.compile("(?:jakarta\\.validation|org\\.hibernate\\.validator)\\.constraints\\.(\\w+)\\.message");
  private static final ThreadLocal<Locale> CALLER_LOCALE =
      ThreadLocal.withInitial(() -> Languages.current().fallback());

  private Validation() {}

  /**
   * Checks a command or value against its constraints.
   *
   * @param command what to check
   * @param locale the language of the messages
   * @param <T> its type
   * @return the same command, valid
   * @throws ValidationFailed listing every violation, sorted by property path then code
   */
  public static <T> T check(T command, Locale locale) {
    Set<ConstraintViolation<T>> found;
    Locale previous = CALLER_LOCALE.get();
    CALLER_LOCALE.set(language(locale));
    try {
      found = Holder.VALIDATOR.validate(command);
    } finally {
      CALLER_LOCALE.set(previous);
    }
    if (!found.isEmpty()) {
      throw new ValidationFailed(
          found.stream()
              .map(v -> new Violation(codeOf(v.getMessageTemplate()), v.getPropertyPath().toString(), v.getMessage()))
              .sorted(Comparator.comparing(Violation::path).thenComparing(Violation::code))
              .toList());
    }
    return command;
  }

  /**
   * Checks a command against its constraints in the actor's language.
   *
   * @param command what to check
   * @param actor who sent it
   * @param <T> its type
   * @return the same command, valid
   * @throws ValidationFailed listing every violation
   */
  public static <T> T check(T command, Actor actor) {
    return check(command, actor.locale());
  }

  /**
   * A violation of a rule checked in code rather than by an annotation, with its message from the bundles.
   *
   * @param path property path of the offending input
   * @param key message key, which is also the violation's code
   * @param locale language of the message
   * @param parameters values for {@code {name}} placeholders in the message (names of letters, digits, dots, hyphens)
   * @return the violation
   */
  public static Violation violation(String path, String key, Locale locale, Map<String, ?> parameters) {
    return new Violation(codeOf(key), path, message(key, locale, parameters));
  }

  /**
   * A violation of a rule checked in code, with a message without placeholders.
   *
   * @param path property path of the offending input
   * @param key message key, which is also the violation's code
   * @param locale language of the message
   * @return the violation
   */
  public static Violation violation(String path, String key, Locale locale) {
    return violation(path, key, locale, Map.of());
  }

  /**
   * Renders a message of the library's bundles, falling back to Hibernate Validator's own, then to the key. An
   * ICU pattern (one with a {@code plural}, {@code select} or {@code number} argument) is formatted by ICU4J with
   * the language's plural rules and number format; in any other message each {@code {name}} is replaced.
   *
   * @param key message key
   * @param locale language
   * @param parameters values for {@code {name}} placeholders
   * @return the message
   */
  public static String message(String key, Locale locale, Map<String, ?> parameters) {
    return Messages.render(key, language(locale), parameters);
  }

  /**
   * Whether the library's bundles have a message for this key in this very language (no fall-back to the base
   * bundle nor to another language), so tests can prove that no text silently falls back to English. The base
   * bundles (no language suffix) are English; every other language is read from the {@code ValidationMessages_xx}
   * files of every module on the class path.
   *
   * @param key message key
   * @param locale language (its language subtag is what counts)
   * @return true when a bundle file of exactly that language defines the key
   */
  public static boolean hasOwnMessage(String key, Locale locale) {
    return Messages.hasOwn(key, locale);
  }

  /**
   * The language the library answers in for a requested locale: the language of {@link Languages#current()} with
   * the locale's language subtag ({@code fr-CH} is French, {@code zh-Hant-TW} Chinese), else the set's fall-back
   * ({@code de} is English by default), whatever the JVM's default.
   *
   * @param requested the caller's locale
   * @return one of {@code Languages.current().all()}
   */
  public static Locale language(Locale requested) {
    return Languages.current().resolve(requested);
  }

  /**
   * The validator itself, for hosts that validate their own values the same way.
   *
   * @return the process-wide validator
   */
  public static Validator validator() {
    return Holder.VALIDATOR;
  }

  private static String codeOf(String template) {
    String key = template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1) : template;
    Matcher builtIn = BUILT_IN_KEY.matcher(key);
    if (builtIn.matches()) {
      return builtIn.group(1).replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
    return key;
  }

  /** Accepts every no-argument, non-void instance method except {@link Object}'s as a property. */
  private static final class AccessorsAreProperties implements GetterPropertySelectionStrategy {
    private static final Set<String> NOT_PROPERTIES = Set.of("toString", "hashCode", "getClass", "builder");

    @Override
    public Optional<String> getProperty(ConstrainableExecutable executable) {
      if (executable.getParameterTypes().length > 0
          || executable.getReturnType() == void.class
          || NOT_PROPERTIES.contains(executable.getName())) {
        return Optional.empty();
      }
      return Optional.of(executable.getName());
    }

    @Override
    public List<String> getGetterMethodNameCandidates(String propertyName) {
      String capitalised = Character.toUpperCase(propertyName.charAt(0)) + propertyName.substring(1);
      return List.of(propertyName, "get" + capitalised, "is" + capitalised);
    }
  }

  /** Built on first use, once per process: the bootstrap costs a few hundred milliseconds. */
  private static final class Holder {
    static final Validator VALIDATOR = build();

    private static Validator build() {
      ValidatorFactory factory = jakarta.validation.Validation.byProvider(HibernateValidator.class)
          .configure()
          .getterPropertySelectionStrategy(new AccessorsAreProperties())
          .messageInterpolator(Messages.interpolator(new ResourceBundleMessageInterpolator(Messages.BUNDLES,
              Set.copyOf(Languages.current().all()), Languages.current().fallback(), context -> CALLER_LOCALE.get(),
              true), CALLER_LOCALE::get))
          .buildValidatorFactory();
      return factory.getValidator();
    }
  }
}
