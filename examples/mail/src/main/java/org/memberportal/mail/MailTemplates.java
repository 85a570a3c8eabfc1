/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.memberportal.kernel.Languages;
import org.memberportal.kernel.Notification;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.exceptions.TemplateEngineException;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders notifications with Thymeleaf (decision 0002) from a class-path folder: the subject and the plain
 * text in TEXT mode, the HTML part in HTML mode. A kind's templates hold only what is its own, in no language:
 * {@code <kind>.txt} and {@code <kind>.html} (its greeting and paragraphs, the HTML one in a
 * {@code th:fragment="content"}); every mail shares {@code subject.txt} (the sentence {@code <kind>.subject}),
 * {@code layout.txt} and {@code layout.html} (the HTML skeleton, the kind's content, the signature). The words
 * are sentences in {@code messages_<language>.properties}, one file a language (see {@link Sentences}): adding a
 * language is adding that file and naming the language in the set.
 *
 * <p>A mail is written in the recipient's language when the language set speaks it ({@link Languages#current()}
 * unless {@link #speaking(Languages)} says otherwise), else in the set's fall-back: a {@code de} reader of the six
 * official languages gets the English mail, an {@code fr-CA} reader the French one. In a right-to-left language
 * (Arabic) the HTML part says {@code dir="rtl"} (the variable {@code mailDirection}) and every value a sentence
 * inserts is an island of its own direction, so addresses, codes and references stay left to right.
 *
 * <p>Times show in the recipient's zone when the notification carries one, as its parameter
 * {@value #TIME_ZONE} (an IANA zone id), else in the zone the templates are given ({@link #inZone(ZoneId)}, UTC
 * by default); a zone id that is no zone is ignored. Beside each instant parameter {@code x} the sentences may
 * count {@code xInDays}, the calendar days from the rendering day to the instant's day in that zone
 * ({@code {closesAtInDays, plural, one {# day} other {# days}}}).
 *
 * <p>Each of these files may be overridden from a host's own folder ({@link #fromClassPath(String)}): a template
 * there replaces the library's file of the same name, a sentence there the library's sentence of the same key;
 * what the host's folder lacks comes from the library's. The templates see the notification's parameters as
 * variables ({@code mailKind}, the kind, and {@code mailDirection} are reserved for the layouts), instants shown
 * for the reader ({@link Moments}). Values are HTML-escaped in the HTML part and the subject loses its line
 * breaks. A missing template, sentence or parameter throws {@link MissingTemplate}: a French reader never silently
 * gets the English mail.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class MailTemplates {

  /** Where the library's own templates live on the class path. */
  public static final String DEFAULT_FOLDER = "org/memberportal/mail/templates";

  /** The variable that names the kind to the layouts. */
  static final String KIND = "mailKind";

  /** The variable that gives the layouts the language's direction, {@code ltr} or {@code rtl}. */
  static final String DIRECTION = "mailDirection";

  /** The notification parameter that names the recipient's time zone, when its sender knows it. */
  public static final String TIME_ZONE = "timeZone";

  /** The suffix of the variable that counts the days to an instant parameter. */
  static final String IN_DAYS = "InDays";

  private static final Pattern SENTENCE = Pattern.compile("#\\{([A-Za-z0-9_.-]+)}");

  private final List<String> folders;
  private final ClassLoader loader;
  private final Sentences sentences;
  private final TemplateEngine engine;
  private final ZoneId zone;
  private final Clock clock;
  private final @Nullable Languages languages;

  private MailTemplates(List<String> folders, ClassLoader loader, Sentences sentences, TemplateEngine engine,
      ZoneId zone, Clock clock, @Nullable Languages languages) {
    this.folders = folders;
    this.loader = loader;
    this.sentences = sentences;
    this.engine = engine;
    this.zone = zone;
    this.clock = clock;
    this.languages = languages;
  }

  /**
   * Templates from the library's default folder, showing times in UTC.
   *
   * @return the templates
   */
  public static MailTemplates standard() {
    return fromClassPath(DEFAULT_FOLDER);
  }

  /**
   * Templates from a class-path folder of the host's own over the library's: each template and each sentence
   * the folder has replaces the library's, the others stay. Times show in UTC.
   *
   * @param folder the folder, e.g. {@code "mail/templates"}
   * @return the templates
   */
  public static MailTemplates fromClassPath(String folder) {
    Set<String> folders = new LinkedHashSet<>();
    for (String f : List.of(folder, DEFAULT_FOLDER)) {
      folders.add(f.endsWith("/") ? f : f + "/");
    }
    List<String> order = List.copyOf(folders);
    ClassLoader loader = MailTemplates.class.getClassLoader();
    Sentences sentences = new Sentences(order, loader);
    TemplateEngine engine = new TemplateEngine();
    int rank = 1;
    for (String f : order) {
      ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(loader);
      resolver.setPrefix(f);
      resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
      resolver.setTextTemplateModePatterns(Set.of("*.txt"));
      resolver.setHtmlTemplateModePatterns(Set.of("*.html"));
      // the next folder answers for what this one lacks
      resolver.setCheckExistence(true);
      resolver.setOrder(rank++);
      engine.addTemplateResolver(resolver);
    }
    engine.setMessageResolver(sentences);
    return new MailTemplates(order, loader, sentences, engine, ZoneId.of("UTC"), Clock.systemUTC(), null);
  }

  /**
   * The same templates showing times in another zone when the notification names none.
   *
   * @param zone the zone, e.g. {@code ZoneId.of("Europe/Zurich")}
   * @return the templates
   */
  public MailTemplates inZone(ZoneId zone) {
    return new MailTemplates(folders, loader, sentences, engine, zone, clock, languages);
  }

  /**
   * The same templates counting days ({@code xInDays}) from another clock's today.
   *
   * @param clock the clock
   * @return the templates
   */
  public MailTemplates withClock(Clock clock) {
    return new MailTemplates(folders, loader, sentences, engine, zone, clock, languages);
  }

  /**
   * The same templates writing in a language set of their own instead of the process's
   * ({@link Languages#current()}).
   *
   * @param languages the languages the mails are written in, and the fall-back for every other one
   * @return the templates
   */
  public MailTemplates speaking(Languages languages) {
    return new MailTemplates(folders, loader, sentences, engine, zone, clock, languages);
  }

  /**
   * The language a recipient's mail is written in: theirs when the set speaks it, else the set's fall-back.
   *
   * @param recipient the recipient's locale
   * @return the language of the mail
   */
  public Locale language(Locale recipient) {
    return (languages == null ? Languages.current() : languages).resolve(recipient);
  }

  /**
   * Renders a notification in its recipient's language ({@link #language(Locale)}).
   *
   * @param notification what to render
   * @return the mail
   * @throws MissingTemplate when the kind has no template, a sentence lacks in that language or a parameter is
   *     missing
   */
  public Mail render(Notification notification) {
    String kind = notification.kind();
    Locale locale = language(notification.locale());
    for (String name : List.of(kind + ".txt", kind + ".html")) {
      source(kind, locale, name);
    }
    Context context = new Context(locale, MailValues.of(notification, locale, zone, clock.instant()));
    try {
      String subject = oneLine(engine.process("subject.txt", context)).strip();
      return new Mail(subject, engine.process("layout.txt", context), engine.process("layout.html", context),
          locale);
    } catch (TemplateEngineException e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof MissingTemplate missing) {
          throw missing;
        }
      }
      throw new MissingTemplate(kind, locale, "templates that render", e);
    }
  }

  /**
   * Checks that every kind has both templates, and every sentence they and the shared templates name, in every
   * language of the set ({@link #language(Locale)}), so a host fails at start-up, not at the first mail.
   *
   * @param kinds the notification kinds the host sends
   * @throws MissingTemplate for the first missing template or sentence
   */
  public void requireAll(Collection<String> kinds) {
    requireAll(kinds, (languages == null ? Languages.current() : languages).all());
  }

  /**
   * Checks that every kind has both templates, and every sentence they and the shared templates name, in every
   * language, so a host fails at start-up, not at the first mail.
   *
   * @param kinds the notification kinds the host sends
   * @param locales the languages of its users
   * @throws MissingTemplate for the first missing template or sentence
   */
  public void requireAll(Collection<String> kinds, Collection<Locale> locales) {
    for (String kind : kinds) {
      for (Locale locale : locales) {
        Set<String> keys = new LinkedHashSet<>(List.of(kind + ".subject"));
        for (String name : List.of(kind + ".txt", kind + ".html", "layout.txt", "layout.html")) {
          Matcher m = SENTENCE.matcher(source(kind, locale, name));
          while (m.find()) {
            keys.add(m.group(1));
          }
        }
        for (String key : keys) {
          if (!sentences.has(locale, key)) {
            throw new MissingTemplate(kind, locale, "sentence " + key);
          }
        }
      }
    }
  }

  /** The template's text from the first folder that has it. */
  private String source(String kind, Locale locale, String name) {
    for (String folder : folders) {
      try (InputStream in = loader.getResourceAsStream(folder + name)) {
        if (in != null) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read mail template " + folder + name, e);
      }
    }
    throw new MissingTemplate(kind, locale, "template " + name);
  }

  /** The kind a template renders, for a failure's message. */
  static String kind(IExpressionContext context) {
    Object kind = context.getVariable(KIND);
    return kind == null ? "?" : kind.toString();
  }

  private static String oneLine(String value) {
    // a value with a line break must not start a new header
    return value.replaceAll("[\\r\\n]+", " ");
  }

  /**
   * Escapes text for HTML content and attribute values.
   *
   * @param value the text
   * @return the escaped text
   */
  static String escapeHtml(String value) {
    StringBuilder out = new StringBuilder(value.length() + 16);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
