/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.memberportal.kernel.Notification;

/**
 * Renders notifications from resource files, one pair per kind and language under a class-path folder:
 * {@code <kind>_<language>.txt} (a {@code Subject:} line, a blank line, then the plain-text body) and
 * {@code <kind>_<language>.html} (the HTML body). Placeholders are {@code {parameter}}; values are
 * HTML-escaped in the HTML part and stripped of line breaks in the subject. A section
 * {@code {?parameter}...{/parameter}} appears only when the notification has that (optional) parameter, and
 * {@code {?parameter=value}...{/parameter}} only when it has that value. A missing template or a missing
 * parameter outside such a section throws {@link MissingTemplate}: a French reader never silently gets the
 * English mail.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class MailTemplates {

  /** Where the library's own templates live on the class path. */
  public static final String DEFAULT_FOLDER = "org/memberportal/examples/mail/templates";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.-]+)}");
  private static final Pattern SECTION =
      Pattern.compile("\\{\\?([A-Za-z0-9_.-]+)(?:=([^}]*))?}(.*?)\\{/\\1}", Pattern.DOTALL);
  private static final String SUBJECT = "Subject:";

  private final String folder;
  private final ClassLoader loader;
  private final Map<String, String> cache = new ConcurrentHashMap<>();

  private MailTemplates(String folder, ClassLoader loader) {
    this.folder = folder.endsWith("/") ? folder : folder + "/";
    this.loader = loader;
  }

  /**
   * Templates from the library's default folder.
   *
   * @return the templates
   */
  public static MailTemplates standard() {
    return fromClassPath(DEFAULT_FOLDER);
  }

  /**
   * Templates from a class-path folder of the host's own.
   *
   * @param folder the folder, e.g. {@code "mail/templates"}
   * @return the templates
   */
  public static MailTemplates fromClassPath(String folder) {
    return new MailTemplates(folder, MailTemplates.class.getClassLoader());
  }

  /**
   * Renders a notification in its own language.
   *
   * @param notification what to render
   * @return the mail
   * @throws MissingTemplate when the kind has no template in that language or a parameter is missing
   */
  public Mail render(Notification notification) {
    String kind = notification.kind();
    Locale locale = notification.locale();
    String text = template(kind, locale, "txt");
    String html = template(kind, locale, "html");
    int blank = text.indexOf("\n\n");
    if (!text.startsWith(SUBJECT) || blank < 0) {
      throw new MissingTemplate(kind, locale, "the 'Subject:' line followed by a blank line");
    }
    Map<String, String> parameters = notification.parameters();
    String subject = fill(text.substring(SUBJECT.length(), blank).strip(), parameters, kind, locale,
        MailTemplates::oneLine);
    String body = fill(text.substring(blank + 2), parameters, kind, locale, v -> v);
    return new Mail(subject, body, fill(html, parameters, kind, locale, MailTemplates::escapeHtml));
  }

  /**
   * Checks that every kind has both templates in every language, so a host fails at start-up, not at the
   * first mail.
   *
   * @param kinds the notification kinds the host sends
   * @param locales the languages of its users
   * @throws MissingTemplate for the first missing template
   */
  public void requireAll(Collection<String> kinds, Collection<Locale> locales) {
    for (String kind : kinds) {
      for (Locale locale : locales) {
        template(kind, locale, "txt");
        template(kind, locale, "html");
      }
    }
  }

  private String template(String kind, Locale locale, String extension) {
    String name = folder + kind + "_" + locale.getLanguage() + "." + extension;
    String cached = cache.get(name);
    if (cached != null) {
      return cached;
    }
    String loaded = load(name);
    if (loaded == null) {
      throw new MissingTemplate(kind, locale, name);
    }
    cache.put(name, loaded);
    return loaded;
  }

  private @Nullable String load(String name) {
    try (InputStream in = loader.getResourceAsStream(name)) {
      if (in == null) {
        return null;
      }
      // templates are edited on any platform: one line-break convention inside
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read mail template " + name, e);
    }
  }

  private interface Encoder {
    String encode(String value);
  }

  private static String fill(String template, Map<String, String> parameters, String kind, Locale locale,
      Encoder encoder) {
    Matcher m = PLACEHOLDER.matcher(sections(template, parameters));
    StringBuilder out = new StringBuilder(template.length() + 64);
    while (m.find()) {
      String value = parameters.get(m.group(1));
      if (value == null) {
        throw new MissingTemplate(kind, locale, "parameter {" + m.group(1) + "}");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(encoder.encode(value)));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Keeps the sections whose parameter is present (with the value asked for, if any) and drops the others. */
  private static String sections(String template, Map<String, String> parameters) {
    Matcher m = SECTION.matcher(template);
    StringBuilder out = new StringBuilder(template.length());
    while (m.find()) {
      String value = parameters.get(m.group(1));
      boolean shown = value != null && (m.group(2) == null || m.group(2).equals(value));
      m.appendReplacement(out, Matcher.quoteReplacement(shown ? m.group(3) : ""));
    }
    m.appendTail(out);
    return out.toString();
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
