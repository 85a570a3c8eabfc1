/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.mail;

import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * The mails' sentences, the message source of {@link MailTemplates}' {@code #{...}} expressions: one file a
 * language, {@code messages_<language>.properties} (UTF-8), read from each template folder, a host's folder
 * overriding the library's key by key. A sentence comes from the reader's language only: a key missing there
 * fails loudly ({@link MissingTemplate}) instead of falling back to English.
 *
 * <p>A sentence is an ICU {@link MessageFormat} pattern whose named arguments are the template's variables,
 * that is the notification's parameters; an argument the notification lacks fails loudly. A counted argument
 * ({@code {days, plural, one {# day} other {# days}}}) is chosen by the language's CLDR plural rules (Arabic has
 * six forms, Russian four) and its number formatted for the language; its value must be a number. In an HTML template
 * the sentence is HTML (it may mark a value with {@code <strong>} or {@code <em>}) and every value is escaped,
 * so templates insert it unescaped ({@code [(#{key})]}); in a text template its tags are dropped and the
 * values stay as they are.
 */
final class Sentences implements IMessageResolver {

  private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^<>]*>");
  private static final String LEFT_TO_RIGHT_ISOLATE = "\u2066";
  private static final String RIGHT_TO_LEFT_ISOLATE = "\u2067";
  private static final String POP_ISOLATE = "\u2069";

  private final List<String> folders;
  private final ClassLoader loader;
  private final Map<String, Map<String, String>> languages = new ConcurrentHashMap<>();

  /**
   * Reads the sentences of these folders.
   *
   * @param folders the folders, the first one's sentences winning
   */
  Sentences(List<String> folders, ClassLoader loader) {
    this.folders = folders;
    this.loader = loader;
  }

  /** Whether the language has the sentence. */
  boolean has(Locale locale, String key) {
    return sentence(locale, key) != null;
  }

  @Override
  public String getName() {
    return "mail sentences";
  }

  @Override
  public Integer getOrder() {
    return 0;
  }

  @Override
  public @Nullable String resolveMessage(ITemplateContext context, @Nullable Class<?> origin, String key,
      Object @Nullable [] messageParameters) {
    String pattern = sentence(context.getLocale(), key);
    if (pattern == null) {
      return null;
    }
    boolean html = context.getTemplateMode() == TemplateMode.HTML;
    boolean rightToLeft = ULocale.forLocale(context.getLocale()).isRightToLeft();
    Map<String, Object> values = new HashMap<>();
    MessagePattern parts = new MessagePattern(pattern);
    MessagePattern.ArgType type = MessagePattern.ArgType.NONE;
    for (int i = 0; i < parts.countParts(); i++) {
      MessagePattern.Part part = parts.getPart(i);
      if (part.getType() == MessagePattern.Part.Type.ARG_START) {
        type = part.getArgType();
      } else if (part.getType() == MessagePattern.Part.Type.ARG_NAME) {
        String name = parts.getSubstring(part);
        Object value = context.getVariable(name);
        if (value == null) {
          throw new MissingTemplate(MailTemplates.kind(context), context.getLocale(), "parameter {" + name + "}");
        }
        values.put(name, switch (type) {
          case NONE -> shown(value.toString(), html, rightToLeft);
          // a select compares the value itself with its choices
          case SELECT -> html ? MailTemplates.escapeHtml(value.toString()) : value.toString();
          default -> number(context, name, value);
        });
      }
    }
    return new MessageFormat(html ? pattern : plain(pattern), context.getLocale()).format(values);
  }

  /**
   * A value inserted as text: HTML-escaped in the HTML part; in a right-to-left language, an island of its own
   * direction (an address, a code or a reference left to right, an Arabic name right to left), so that neither
   * it nor the sentence around it is reordered: a {@code <span dir>} in HTML, a Unicode isolate in plain text.
   */
  private static String shown(String value, boolean html, boolean rightToLeft) {
    String text = html ? MailTemplates.escapeHtml(value) : value;
    if (!rightToLeft) {
      return text;
    }
    boolean rtl = Bidi.getBaseDirection(value) == Bidi.RTL;
    if (html) {
      return "<span dir=\"" + (rtl ? "rtl" : "ltr") + "\">" + text + "</span>";
    }
    return (rtl ? RIGHT_TO_LEFT_ISOLATE : LEFT_TO_RIGHT_ISOLATE) + text + POP_ISOLATE;
  }

  /**
   * A value a sentence counts or formats as a number ({@code plural}, {@code selectordinal}, {@code number}):
   * the notification's parameters are text, so a decimal number in text is read as one; anything else fails
   * loudly.
   */
  private static Number number(ITemplateContext context, String name, Object value) {
    if (value instanceof Number n) {
      return n;
    }
    try {
      return new BigDecimal(value.toString().strip());
    } catch (NumberFormatException e) {
      throw new MissingTemplate(MailTemplates.kind(context), context.getLocale(), "number in parameter {" + name
          + "}");
    }
  }

  @Override
  public String createAbsentMessageRepresentation(ITemplateContext context, @Nullable Class<?> origin, String key,
      Object @Nullable [] messageParameters) {
    throw new MissingTemplate(MailTemplates.kind(context), context.getLocale(),
        "sentence " + key + " in messages_" + context.getLocale().getLanguage() + ".properties");
  }

  private @Nullable String sentence(Locale locale, String key) {
    return languages.computeIfAbsent(locale.getLanguage(), this::load).get(key);
  }

  /** The language's sentences: the library's, then a host's over them. */
  private Map<String, String> load(String language) {
    Map<String, String> sentences = new HashMap<>();
    for (int i = folders.size() - 1; i >= 0; i--) {
      String name = folders.get(i) + "messages_" + language + ".properties";
      try (InputStream in = loader.getResourceAsStream(name)) {
        if (in != null) {
          Properties file = new Properties();
          file.load(new InputStreamReader(in, StandardCharsets.UTF_8));
          file.forEach((k, v) -> sentences.put((String) k, (String) v));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read mail sentences " + name, e);
      }
    }
    return Map.copyOf(sentences);
  }

  /** A sentence for plain text: its markup dropped, its character references read. */
  private static String plain(String pattern) {
    return TAG.matcher(pattern).replaceAll("").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&#39;", "'").replace("&amp;", "&");
  }
}
