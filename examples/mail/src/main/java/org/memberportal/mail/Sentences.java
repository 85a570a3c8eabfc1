/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.mail;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
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
 * that is the notification's parameters; an argument the notification lacks fails loudly. In an HTML template
 * the sentence is HTML (it may mark a value with {@code <strong>} or {@code <em>}) and every value is escaped,
 * so templates insert it unescaped ({@code [(#{key})]}); in a text template its tags are dropped and the
 * values stay as they are.
 */
final class Sentences implements IMessageResolver {

  private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^<>]*>");

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
    Map<String, Object> values = new HashMap<>();
    MessagePattern parts = new MessagePattern(pattern);
    for (int i = 0; i < parts.countParts(); i++) {
      MessagePattern.Part part = parts.getPart(i);
      if (part.getType() == MessagePattern.Part.Type.ARG_NAME) {
        String name = parts.getSubstring(part);
        Object value = context.getVariable(name);
        if (value == null) {
          throw new MissingTemplate(MailTemplates.kind(context), context.getLocale(), "parameter {" + name + "}");
        }
        values.put(name, html ? MailTemplates.escapeHtml(value.toString()) : value.toString());
      }
    }
    return new MessageFormat(html ? pattern : plain(pattern), context.getLocale()).format(values);
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
